/**
 * Common first names in the UK across generations and communities, for reading a record's name
 * as a person ("Barbara", "Sunita Rao, painter", "Tom on our street"): asset maps list neighbours
 * by first name. Names that are also ordinary words or place names (Grace, Hope, May, Rose,
 * Victoria, Albert, Florence…) are left out on purpose: "Victoria Park" is not a person.
 * Lower case, accents removed, as the tokeniser reads them.
 */
export const FIRST_NAMES: readonly string[] = [
  // Women
  'abigail', 'adaeze', 'agnes', 'aisha', 'alice', 'alison', 'amanda', 'amina', 'amira', 'andrea', 'angela', 'anita', 'ann', 'anna',
  'anne', 'annie', 'asha', 'audrey', 'ayesha', 'barbara', 'beatrice', 'bernadette', 'beryl', 'beth', 'betty', 'bev', 'beverley',
  'brenda', 'bridget', 'caroline', 'carol', 'catherine', 'charlotte', 'chloe', 'christine', 'claire', 'clare', 'deborah', 'debbie',
  'denise', 'diane', 'dorothy', 'doreen', 'edith', 'eileen', 'elaine', 'eleanor', 'ellen', 'emily', 'emma', 'ethel', 'fatima',
  'fiona', 'gemma', 'gillian', 'gladys', 'gwen', 'hannah', 'harriet', 'hazel', 'helen', 'hilda', 'irene', 'jackie', 'jane', 'janet',
  'janice', 'jean', 'jennifer', 'jenny', 'jessica', 'joan', 'joanne', 'josephine', 'joyce', 'judith', 'julie', 'karen', 'kate',
  'kath', 'kathleen', 'katie', 'kerry', 'laura', 'leanne', 'lesley', 'linda', 'lisa', 'lorraine', 'louise', 'lucy', 'lynn',
  'lynne', 'maggie', 'mandy', 'margaret', 'maria', 'marian', 'marie', 'marion', 'marjorie', 'mary', 'maureen', 'megan', 'michelle',
  'mildred', 'moira', 'molly', 'nadia', 'nancy', 'naomi', 'nicola', 'nina', 'norma', 'olive', 'olivia', 'pam', 'pamela', 'patricia',
  'pauline', 'peggy', 'priya', 'rachel', 'rebecca', 'rita', 'sally', 'samina', 'sandra', 'sarah', 'sharon', 'sheila', 'shirley',
  'siobhan', 'sophie', 'stella', 'sue', 'susan', 'sunita', 'tracey', 'valerie', 'vera', 'wendy', 'yvonne', 'zainab', 'zara', 'zoe',
  // Men
  'adam', 'ahmed', 'alan', 'alex', 'ali', 'andrew', 'andy', 'anthony', 'arthur', 'barry', 'ben', 'bernard', 'bob', 'brian', 'callum',
  'carl', 'chris', 'christopher', 'colin', 'craig', 'dan', 'daniel', 'darren', 'dave', 'david', 'dean', 'dennis', 'derek', 'des',
  'dev', 'donald', 'douglas', 'duncan', 'ed', 'eddie', 'edward', 'eric', 'ernest', 'frank', 'fred', 'gareth', 'gary', 'geoff',
  'geoffrey', 'george', 'gordon', 'graham', 'hamza', 'harry', 'hassan', 'henry', 'howard', 'ian', 'imran', 'jack', 'james', 'jamie',
  'jason', 'jeff', 'jim', 'jimmy', 'joe', 'john', 'jon', 'jonathan', 'joseph', 'karl', 'keith', 'ken', 'kenneth', 'kevin', 'kwame',
  'lee', 'leonard', 'les', 'liam', 'malcolm', 'mark', 'martin', 'matt', 'matthew', 'michael', 'mick', 'mike', 'mohammed',
  'muhammad', 'neil', 'nigel', 'norman', 'oliver', 'owen', 'patrick', 'paul', 'pete', 'peter', 'phil', 'philip', 'raj', 'ravi',
  'ray', 'raymond', 'richard', 'rob', 'robert', 'roger', 'ron', 'ronald', 'roy', 'ryan', 'sam', 'samuel', 'sean', 'simon', 'stan',
  'stanley', 'stephen', 'steve', 'steven', 'stuart', 'terry', 'thomas', 'tim', 'tom', 'tomasz', 'tony', 'trevor', 'vijay', 'walter',
  'wayne', 'william', 'yusuf',
  // Either
  'jo', 'pat', 'sandy', 'jordan', 'kim', 'leslie', 'mel',
];

/** Titles that start a person's name: "Mr Okafor, storyteller". */
export const PERSON_TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'];
