/**
 * A small decoder of Mapbox Vector Tiles (MVT 2.1: protobuf Tile → layers → features with tags
 * and command-encoded geometry), enough to draw the service's tiles (/tiles/{layer}/{z}/{x}/{y}.mvt)
 * without a library. Answers {layerName: {extent, features: [{id, type, properties, geometry}]}},
 * geometry as arrays of rings/lines of [x, y] in tile units (0…extent), points as [[x, y]…].
 */
export function decodeTile(buffer) {
  const reader = new Reader(new Uint8Array(buffer));
  const layers = {};
  while (reader.more()) {
    const [field, wire] = reader.key();
    if (field === 3 && wire === 2) {
      const layer = decodeLayer(reader.sub());
      layers[layer.name] = layer;
    } else reader.skip(wire);
  }
  return layers;
}

function decodeLayer(reader) {
  const layer = { name: '', extent: 4096, keys: [], values: [], raw: [] };
  while (reader.more()) {
    const [field, wire] = reader.key();
    if (field === 1) layer.name = reader.string();
    else if (field === 2) layer.raw.push(reader.sub());
    else if (field === 3) layer.keys.push(reader.string());
    else if (field === 4) layer.values.push(decodeValue(reader.sub()));
    else if (field === 5) layer.extent = reader.varint();
    else reader.skip(wire);
  }
  const features = layer.raw.map((r) => decodeFeature(r, layer));
  return { name: layer.name, extent: layer.extent, features };
}

function decodeValue(reader) {
  let value = null;
  while (reader.more()) {
    const [field, wire] = reader.key();
    if (field === 1) value = reader.string();
    else if (field === 2) value = reader.float();
    else if (field === 3) value = reader.double();
    else if (field === 4 || field === 5) value = reader.varint();
    else if (field === 6) value = zigzag(reader.varint());
    else if (field === 7) value = reader.varint() !== 0;
    else reader.skip(wire);
  }
  return value;
}

function decodeFeature(reader, layer) {
  const feature = { id: null, type: 0, properties: {}, geometry: [] };
  let commands = [];
  while (reader.more()) {
    const [field, wire] = reader.key();
    if (field === 1) feature.id = reader.varint();
    else if (field === 2) {
      const tags = reader.packed();
      for (let i = 0; i + 1 < tags.length; i += 2) feature.properties[layer.keys[tags[i]]] = layer.values[tags[i + 1]];
    } else if (field === 3) feature.type = reader.varint();
    else if (field === 4) commands = reader.packed();
    else reader.skip(wire);
  }
  feature.geometry = geometry(commands);
  return feature;
}

/** Command-encoded geometry → parts of [x, y]: MoveTo starts a part, LineTo extends it, ClosePath closes it. */
function geometry(commands) {
  const parts = [];
  let part = null;
  let x = 0;
  let y = 0;
  for (let i = 0; i < commands.length;) {
    const command = commands[i] & 7;
    const count = commands[i] >> 3;
    i += 1;
    if (command === 7) {
      if (part?.length) part.push(part[0]);
      continue;
    }
    for (let n = 0; n < count; n++) {
      x += zigzag(commands[i]);
      y += zigzag(commands[i + 1]);
      i += 2;
      if (command === 1) {
        part = [];
        parts.push(part);
      }
      part.push([x, y]);
    }
  }
  return parts;
}

function zigzag(n) {
  return (n >>> 1) ^ -(n & 1);
}

/** Protobuf wire reading over a byte range. */
class Reader {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  more() {
    return this.pos < this.end;
  }

  key() {
    const key = this.varint();
    return [Math.floor(key / 8), key & 7];
  }

  varint() {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.bytes[this.pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  }

  sub() {
    const length = this.varint();
    const reader = new Reader(this.bytes, this.pos, this.pos + length);
    this.pos += length;
    return reader;
  }

  string() {
    const sub = this.sub();
    return new TextDecoder().decode(this.bytes.subarray(sub.pos, sub.end));
  }

  packed() {
    const sub = this.sub();
    const values = [];
    while (sub.more()) values.push(sub.varint());
    return values;
  }

  float() {
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }

  double() {
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  skip(wire) {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.pos += this.varint();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`Unknown protobuf wire type ${wire}`);
  }
}
