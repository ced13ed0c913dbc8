import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression found in the toolkit's source. */
export interface FoundRegex {
  /** Source file, relative to the repository root. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The literal as written, e.g. `/^\d+$/g`. */
  text: string;
  /** The compiled expression (undefined for a `new RegExp` whose pattern is not a literal). */
  regex?: RegExp;
}

function* _files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* _files(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) yield path;
  }
}

/**
 * Every regular expression literal and `new RegExp(…)`/`RegExp(…)` call in `packages/*\/src`
 * (test files excepted), found with the TypeScript parser so comments and strings are not mistaken for them.
 */
export function findRegexes(root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  const packages = join(root, 'packages');
  for (const pkg of readdirSync(packages)) {
    const src = join(packages, pkg, 'src');
    try {
      if (!statSync(src).isDirectory()) continue;
    } catch {
      continue;
    }
    for (const path of _files(src)) {
      const file = relative(root, path);
      const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(sf);
          const m = /^\/(.*)\/([a-z]*)$/s.exec(text)!;
          found.push({ file, line, text, regex: new RegExp(m[1]!, m[2]) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
          const [pattern, flags] = node.arguments ?? [];
          const literal = (n: ts.Node | undefined): string | undefined => (n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
          const p = literal(pattern);
          const regex = p === undefined ? undefined : new RegExp(p, literal(flags) ?? '');
          found.push({ file, line, text: node.getText(sf), ...(regex ? { regex } : {}) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return found;
}
