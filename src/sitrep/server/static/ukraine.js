// A simplified outline of Ukraine (its internationally recognised borders, Crimea
// included), drawn by hand from approximate border points as [longitude, latitude].
// Accurate to a few kilometres at best: enough to place struck towns, not to survey.
// Clockwise from the Polish–Belarusian–Ukrainian tripoint on the Bug.
export const OUTLINE = [
  // Belarus
  [23.64, 51.49], [24.39, 51.88], [25.33, 51.91], [26.34, 51.83], [27.45, 51.59],
  [28.24, 51.57], [28.99, 51.60], [29.25, 51.37], [30.16, 51.42], [30.55, 51.32],
  [30.62, 51.82], [31.22, 52.04], [31.78, 52.11],
  // Russia
  [32.16, 52.06], [32.41, 52.29], [33.20, 52.35], [33.75, 52.34], [34.40, 51.77],
  [34.14, 51.57], [34.22, 51.26], [35.02, 51.21], [35.38, 50.77], [35.68, 50.35],
  [36.63, 50.23], [37.39, 50.38], [38.01, 49.92], [38.59, 49.93], [39.18, 49.88],
  [39.70, 49.59], [40.12, 49.60], [40.08, 49.31], [39.69, 48.78], [39.99, 48.28],
  [39.74, 47.90], [38.77, 47.83], [38.26, 47.55], [38.22, 47.10],
  // Sea of Azov
  [37.55, 47.08], [36.76, 46.70], [35.82, 46.64], [35.02, 46.10], [34.96, 45.76],
  // Crimea, round its coast from the Arabat Spit
  [35.51, 45.41], [36.03, 45.37], [36.64, 45.37], [36.44, 45.06], [35.40, 45.07],
  [34.93, 44.83], [34.14, 44.43], [33.52, 44.56], [33.56, 44.98], [33.37, 45.18],
  [32.50, 45.38], [33.05, 45.80], [33.63, 46.10],
  // Black Sea
  [32.60, 46.08], [31.52, 46.55], [31.00, 46.62], [30.75, 46.48], [30.26, 45.90],
  [29.75, 45.25], [28.95, 45.33], [28.22, 45.47],
  // Moldova
  [28.53, 45.97], [28.95, 46.46], [29.70, 46.45], [30.12, 46.40], [29.90, 46.82],
  [29.57, 47.35], [29.19, 47.97], [28.20, 48.25], [27.50, 48.47], [26.62, 48.26],
  // Romania
  [25.90, 47.97], [24.90, 47.72], [24.50, 47.95], [23.50, 48.00], [22.89, 47.95],
  // Hungary, Slovakia
  [22.60, 48.10], [22.15, 48.41], [22.56, 49.08],
  // Poland
  [22.70, 49.60], [23.55, 50.40], [24.10, 50.85],
];

// Reference towns drawn on the map for orientation (not data).
export const LANDMARKS = [
  { name: "Kyiv", lon: 30.52, lat: 50.45 },
  { name: "Lviv", lon: 24.03, lat: 49.84 },
  { name: "Odesa", lon: 30.73, lat: 46.48 },
  { name: "Kharkiv", lon: 36.23, lat: 49.99 },
  { name: "Dnipro", lon: 35.05, lat: 48.46 },
];

// The map's frame: an equirectangular projection scaled for the latitude of Ukraine.
export const FRAME = { west: 21.8, east: 40.6, north: 52.6, south: 44.1, scale: 40 };
const COS = Math.cos((48.5 * Math.PI) / 180);

export function project(lon, lat) {
  return [
    (lon - FRAME.west) * COS * FRAME.scale,
    (FRAME.north - lat) * FRAME.scale,
  ];
}

export function frameSize() {
  const [width, height] = project(FRAME.east, FRAME.south);
  return { width, height };
}

export function outlinePath() {
  return OUTLINE.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join("") + "Z";
}
