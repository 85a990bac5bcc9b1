// Point-in-polygon for GeoJSON (lon, lat) geometries: admin-1 shading counts events by region
// without trusting that region names in the store and in Natural Earth are spelt alike.

function inRing(x, y, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

export function bbox(geometry) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons(geometry)) {
    for (const [x, y] of poly[0]) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  return [x0, y0, x1, y1];
}

export function contains(geometry, box, lon, lat) {
  if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) return false;
  return polygons(geometry).some(([outer, ...holes]) => inRing(lon, lat, outer)
                                                      && !holes.some((h) => inRing(lon, lat, h)));
}
