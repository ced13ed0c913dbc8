import { toGeoJSON, type PlaceFeatureProperties } from '@artsrx/adapters/geojson';
import { ABCD_CATEGORIES, type Dataset } from '@artsrx/schema';
import * as L from 'leaflet';
import { ABCD_COLOURS, NO_CATEGORY, categoryLabel, dominantCategory } from '../lib/colours.js';
import { h, replace, safeLink } from '../lib/dom.js';

let map: L.Map | undefined;
let layer: L.LayerGroup | undefined;
let youMarker: L.CircleMarker | undefined;
const markers = new Map<string, L.Marker>();

/** Called with the point a person clicked on the map. */
export type MapClick = (lat: number, lng: number) => void;

function ensureMap(onClick: MapClick): L.Map {
  if (map) return map;
  map = L.map('map', { keyboard: true, scrollWheelZoom: false, zoomSnap: 0.25 }).setView([53.6, -2.6], 8);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  }).addTo(map);
  map.on('click', (e: L.LeafletMouseEvent) => onClick(Number(e.latlng.lat.toFixed(5)), Number(e.latlng.lng.toFixed(5))));
  layer = L.layerGroup().addTo(map);
  return map;
}

function popupFor(p: PlaceFeatureProperties): HTMLElement {
  const { place, assets, activities } = p.artsrx;
  return h(
    'div',
    { class: 'popup' },
    h('h3', {}, place.name),
    p.address ? h('p', {}, p.address) : null,
    h('h4', {}, assets.length === 1 ? 'Asset' : `Assets (${assets.length})`),
    assets.length === 0 ? h('p', {}, 'No community asset listed here.') : h('ul', {}, assets.map((a) => h('li', {}, safeLink(a.url, a.name), ` — ${categoryLabel(a.abcdCategory)}`))),
    h('h4', {}, activities.length === 1 ? 'Activity' : `Activities (${activities.length})`),
    activities.length === 0 ? h('p', {}, 'No activities listed here.') : h('ul', {}, activities.map((a) => h('li', {}, safeLink(a.url, a.name), a.status !== 'active' ? ` (${a.status})` : ''))),
  );
}

/** Draws every place with a point, coloured by the ABCD category of its assets. */
export function renderMap(dataset: Dataset, onClick: MapClick): number {
  document.getElementById('map-section')!.hidden = false;
  const m = ensureMap(onClick);
  layer!.clearLayers();
  markers.clear();
  const features = toGeoJSON(dataset).value.features;
  const list = document.querySelector('#places-list ul')!;
  const items: HTMLElement[] = [];
  const bounds: L.LatLngExpression[] = [];
  for (const f of features) {
    const p = f.properties as PlaceFeatureProperties;
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const category = dominantCategory(p.artsrx.assets.map((a) => a.abcdCategory));
    const colour = category ? (ABCD_COLOURS[category] ?? NO_CATEGORY) : NO_CATEGORY;
    const label = `${p.name} — ${categoryLabel(category)}`;
    const icon = L.divIcon({
      className: 'abcd-marker',
      html: `<span style="background:${colour.fill};color:${colour.text}" aria-hidden="true">${(category ?? '?').charAt(0).toUpperCase()}</span>`,
      iconSize: [26, 26],
      iconAnchor: [13, 13],
      popupAnchor: [0, -12],
    });
    // Data-derived text reaches Leaflet only as `title`/`alt` attributes (set with setAttribute) and as DOM nodes.
    const marker = L.marker([lat, lng], { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popupFor(p), { maxWidth: 320 });
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('data-place-id', p.id);
      el?.setAttribute('aria-label', label);
    });
    marker.addTo(layer!);
    markers.set(p.id, marker);
    bounds.push([lat, lng]);
    items.push(h('li', {}, h('button', { type: 'button', class: 'link', 'data-place-id': p.id, onclick: () => openPlace(p.id) }, p.name), ` — ${categoryLabel(category)}`));
  }
  replace(list, items);
  // The section was hidden until now, so Leaflet measures the container again before fitting.
  const fit = () => {
    m.invalidateSize();
    if (bounds.length > 0) m.fitBounds(L.latLngBounds(bounds), { padding: [20, 20], maxZoom: 14, animate: false });
  };
  fit();
  requestAnimationFrame(fit);
  replace(
    document.getElementById('legend')!,
    [...ABCD_CATEGORIES.terms.map((t) => ({ id: t.id, label: t.label, colour: ABCD_COLOURS[t.id]! })), { id: '?', label: 'No category', colour: NO_CATEGORY }].map((c) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${c.colour.fill};color:${c.colour.text}`, 'aria-hidden': 'true' }, c.id.charAt(0).toUpperCase()), ' ', c.label),
    ),
  );
  return features.length;
}

/** Opens the popup of one place (from the list, for keyboard and screen-reader users). */
export function openPlace(placeId: string): void {
  const marker = markers.get(placeId);
  if (!marker || !map) return;
  map.setView(marker.getLatLng(), Math.max(map.getZoom(), 13));
  marker.openPopup();
}

/** Shows where the person in the match panel is. */
export function showPerson(lat: number, lng: number): void {
  if (!map) return;
  if (!youMarker) youMarker = L.circleMarker([lat, lng], { radius: 9, color: '#000', weight: 3, fillColor: '#fff', fillOpacity: 1 }).bindTooltip('The person').addTo(map);
  else youMarker.setLatLng([lat, lng]);
}
