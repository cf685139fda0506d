// The "Ort" column holds either coordinates (copied from a map, in whatever notation the map
// showed) or an address. Coordinates become numbers for the map; anything else stays an address.

export type ParsedLocation = { lat: number | null; lng: number | null; address: string | null } | null;

export type LocationResult = { ok: true; value: ParsedLocation } | { ok: false; reason: 'location.out_of_range' };

// One coordinate: decimal degrees or degrees/minutes/seconds, with a hemisphere letter before or
// after but not both (O = Ost, Ø = øst for German and Danish sources). Three integer digits at
// most, so that postal codes and house numbers never look like coordinates.
const core = String.raw`([+\-−]?\d{1,3}(?:[.,]\d+)?)\s*°?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:["″”]|''|′′))?)?`;
const component = String.raw`(?:([NSEOWØ])\s*${core}|${core}\s*([NSEOWØ])?)`;
const groupsPerComponent = 8;
// Between the two: a comma, semicolon, slash or white space; nothing at all only after a mark
// that ends the first coordinate ("54°22'37.6"N9°05'08.5"E").
const separator = String.raw`(?:\s*[,;/]\s*|\s+|(?<=[NSEOWØ°'"″′’”]))`;
const pair = new RegExp(`^${component}${separator}${component}$`, 'u');

const labels = /(?<!\p{L})(?:lat(?:itude)?|lng|lon(?:g(?:itude)?)?|breite(?:ngrad)?|länge(?:ngrad)?|bredde(?:grad)?)\s*[:=]?/giu;
const geoUri = /^geo:\s*([^;?]+)/i;
// Map links carry the centre after "@" (Google) or as mlat/mlon (OpenStreetMap).
const mapLinkAt = /^https?:\/\/\S*@(-?\d+\.\d+),(-?\d+\.\d+)/i;
const mapLinkOsm = /^https?:\/\/\S*[?&]mlat=(-?\d+(?:\.\d+)?)&mlon=(-?\d+(?:\.\d+)?)/i;

interface Coordinate {
  value: number;
  hemisphere: string | undefined;
}

const toNumber = (text: string): number => Number(text.replace(',', '.').replace('−', '-'));

function readComponent(groups: (string | undefined)[]): Coordinate {
  const [before, ...rest] = groups;
  const [degrees = '', minutes, seconds] = before === undefined ? rest.slice(3, 6) : rest.slice(0, 3);
  const hemisphere = before ?? rest[6];
  const minuteValue = minutes === undefined ? 0 : toNumber(minutes);
  const secondValue = seconds === undefined ? 0 : toNumber(seconds);
  if (minuteValue >= 60 || secondValue >= 60) return { value: Infinity, hemisphere };
  const degreeValue = toNumber(degrees);
  const magnitude = Math.abs(degreeValue) + minuteValue / 60 + secondValue / 3600;
  const negative = degreeValue < 0 || Object.is(degreeValue, -0) || hemisphere === 'S' || hemisphere === 'W';
  return { value: negative ? -magnitude : magnitude, hemisphere };
}

const isLatitudeLetter = (letter: string | undefined): boolean => letter === 'N' || letter === 'S';
const isLongitudeLetter = (letter: string | undefined): boolean => letter !== undefined && 'EOWØ'.includes(letter);

function readPair(text: string): { lat: number; lng: number } | null {
  const match = pair.exec(text.replace(labels, ' ').trim());
  if (!match) return null;
  const first = readComponent(match.slice(1, 1 + groupsPerComponent));
  const second = readComponent(match.slice(1 + groupsPerComponent));
  // Hemisphere letters say which is which; without them the order is latitude, longitude.
  if (isLongitudeLetter(first.hemisphere) && (isLatitudeLetter(second.hemisphere) || second.hemisphere === undefined)) {
    return { lat: second.value, lng: first.value };
  }
  if (isLatitudeLetter(first.hemisphere) && isLatitudeLetter(second.hemisphere)) return null;
  if (isLongitudeLetter(first.hemisphere) && isLongitudeLetter(second.hemisphere)) return null;
  return { lat: first.value, lng: second.value };
}

function coordinatesIn(text: string): { lat: number; lng: number } | null {
  const uri = geoUri.exec(text);
  if (uri?.[1]) return readPair(uri[1].split(',').slice(0, 2).join(','));
  const link = mapLinkAt.exec(text) ?? mapLinkOsm.exec(text);
  if (link?.[1] && link[2]) return { lat: Number(link[1]), lng: Number(link[2]) };
  return readPair(text);
}

export function parseLocation(text: string): LocationResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const coordinates = coordinatesIn(trimmed);
  if (!coordinates) return { ok: true, value: { lat: null, lng: null, address: trimmed } };
  const { lat, lng } = coordinates;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    return { ok: false, reason: 'location.out_of_range' };
  }
  return { ok: true, value: { lat, lng, address: null } };
}
