/** A point on Earth in decimal degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** The Earth's mean radius (IUGG), in kilometres. The one radius every distance here uses. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine), on a sphere of EARTH_RADIUS_KM. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
