// Writes a sheet's DrawingML part (xl/drawings/drawingN.xml): step symbols and off-page pentagons
// as preset shapes, arrows as connectors glued to them (stCxn/endCxn) with explicit geometry, exit
// labels as text boxes, the logo as a picture. Shapes are black on white, like the PDF.

import type { Anchor, DrawingItem, Glue } from './sheet-spec';

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Outline of symbols and arrows: 0.9 pt, as the PDF draws arrow shafts. */
const LINE_EMU = 11_430;
const SYMBOL_LINE_EMU = 9_525;
/** The Arimo-metric font the layout measured text with. */
const FONT = 'Arial';

export type DrawingPart = {
  xml: string;
  /** Pictures in the order their relationship ids (rId1, rId2 …) were given. */
  media: Array<{ mime: 'image/png' | 'image/jpeg'; data: Uint8Array }>;
};

export function writeDrawing(items: DrawingItem[]): DrawingPart {
  const media: DrawingPart['media'] = [];
  const anchors = items.map((item) => {
    let body: string;
    switch (item.kind) {
      case 'shape':
        body = shapeXml(item);
        break;
      case 'connector':
        body = connectorXml(item);
        break;
      case 'textbox':
        body = textBoxXml(item);
        break;
      case 'picture':
        media.push({ mime: item.mime, data: item.data });
        body = pictureXml(item, `rId${media.length}`);
        break;
    }
    return anchorXml(item.anchor, body, item.kind === 'picture' ? 'oneCell' : 'twoCell');
  });
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`;
  return { xml, media };
}

function anchorXml(anchor: Anchor, body: string, editAs: 'oneCell' | 'twoCell'): string {
  const marker = (tag: string, m: Anchor['from']): string =>
    `<xdr:${tag}><xdr:col>${m.col}</xdr:col><xdr:colOff>${m.colOff}</xdr:colOff>` +
    `<xdr:row>${m.row}</xdr:row><xdr:rowOff>${m.rowOff}</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="${editAs}">${marker('from', anchor.from)}${marker('to', anchor.to)}` +
    `${body}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function xfrm(anchor: Anchor, flips = ''): string {
  return (
    `<a:xfrm${flips}><a:off x="${anchor.x}" y="${anchor.y}"/>` +
    `<a:ext cx="${anchor.cx}" cy="${anchor.cy}"/></a:xfrm>`
  );
}

const BLACK = '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>';

function shapeXml(item: Extract<DrawingItem, { kind: 'shape' }>): string {
  const text = item.text
    ? `<a:p><a:pPr algn="ctr"/><a:r>${runProps(item.fontSize, true)}<a:t>${escapeXml(item.text)}</a:t></a:r></a:p>`
    : '<a:p><a:pPr algn="ctr"/><a:endParaRPr lang="id-ID" sz="800"/></a:p>';
  return (
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${item.id}" name="${escapeXml(item.name)}"/>` +
    '<xdr:cNvSpPr/></xdr:nvSpPr>' +
    `<xdr:spPr>${xfrm(item.anchor)}<a:prstGeom prst="${item.preset}"><a:avLst/></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="${SYMBOL_LINE_EMU}">${BLACK}</a:ln></xdr:spPr>` +
    '<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"/>' +
    `<a:lstStyle/>${text}</xdr:txBody></xdr:sp>`
  );
}

/**
 * An arrow. A straight one is a glued straightConnector1, which Excel and LibreOffice both draw
 * from corner to corner. An elbow is a group: the path as freeform geometry (drawn the same
 * everywhere) and the glued connector from its first to its last point, without a line.
 */
function connectorXml(item: Extract<DrawingItem, { kind: 'connector' }>): string {
  const { path, anchor } = item;
  const first = path[0] ?? { x: 0, y: 0 };
  const last = path[path.length - 1] ?? first;
  const head = item.arrowHead ? '<a:tailEnd type="triangle" w="med" len="med"/>' : '';
  if (!item.elbow) return gluedConnector(item, anchor, first, last, `${BLACK}${head}`);
  const ends = {
    x: anchor.x + Math.min(first.x, last.x),
    y: anchor.y + Math.min(first.y, last.y),
    cx: Math.abs(last.x - first.x),
    cy: Math.abs(last.y - first.y),
  };
  const relative = (p: { x: number; y: number }): { x: number; y: number } => ({
    x: p.x - (ends.x - anchor.x),
    y: p.y - (ends.y - anchor.y),
  });
  const box = `<a:off x="${anchor.x}" y="${anchor.y}"/><a:ext cx="${anchor.cx}" cy="${anchor.cy}"/>`;
  const pt = (p: { x: number; y: number }): string => `<a:pt x="${p.x}" y="${p.y}"/>`;
  const lines = path
    .slice(1)
    .map((p) => `<a:lnTo>${pt(p)}</a:lnTo>`)
    .join('');
  const freeform =
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${item.elbow.pathId}" name="Freeform ${item.elbow.pathId - 1}"/>` +
    '<xdr:cNvSpPr/></xdr:nvSpPr>' +
    `<xdr:spPr>${xfrm(anchor)}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>` +
    `<a:pathLst><a:path w="${Math.max(anchor.cx, 1)}" h="${Math.max(anchor.cy, 1)}" fill="none">` +
    `<a:moveTo>${pt(first)}</a:moveTo>${lines}</a:path></a:pathLst></a:custGeom><a:noFill/>` +
    `<a:ln w="${LINE_EMU}">${BLACK}${head}</a:ln></xdr:spPr></xdr:sp>`;
  const connector = gluedConnector(
    item,
    { ...anchor, ...ends },
    relative(first),
    relative(last),
    '<a:noFill/>',
  );
  return (
    `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="${item.elbow.groupId}" name="Group ${item.elbow.groupId - 1}"/>` +
    '<xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>' +
    `<xdr:grpSpPr><a:xfrm>${box}<a:chOff x="${anchor.x}" y="${anchor.y}"/><a:chExt cx="${anchor.cx}" cy="${anchor.cy}"/></a:xfrm></xdr:grpSpPr>` +
    `${freeform}${connector}</xdr:grpSp>`
  );
}

/** A straight connector from `first` to `last` (relative to its box), glued at both ends. */
function gluedConnector(
  item: Extract<DrawingItem, { kind: 'connector' }>,
  box: Anchor,
  first: { x: number; y: number },
  last: { x: number; y: number },
  line: string,
): string {
  const glue = (tag: string, g: Glue | null): string =>
    g ? `<a:${tag} id="${g.id}" idx="${g.site}"/>` : '';
  let flips = '';
  if (last.x < first.x) flips += ' flipH="1"';
  if (last.y < first.y) flips += ' flipV="1"';
  return (
    `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${item.id}" name="${escapeXml(item.name)}"/>` +
    `<xdr:cNvCxnSpPr>${glue('stCxn', item.start)}${glue('endCxn', item.end)}</xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
    `<xdr:spPr>${xfrm(box, flips)}<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>` +
    `<a:ln w="${LINE_EMU}">${line}</a:ln></xdr:spPr></xdr:cxnSp>`
  );
}

function textBoxXml(item: Extract<DrawingItem, { kind: 'textbox' }>): string {
  return (
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${item.id}" name="${escapeXml(item.name)}"/>` +
    '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
    `<xdr:spPr>${xfrm(item.anchor)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>` +
    '<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"/>' +
    `<a:lstStyle/><a:p><a:r>${runProps(item.fontSize, false)}<a:t>${escapeXml(item.text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`
  );
}

function pictureXml(item: Extract<DrawingItem, { kind: 'picture' }>, rel: string): string {
  return (
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${item.id}" name="${escapeXml(item.name)}"/>` +
    '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr>${xfrm(item.anchor)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`
  );
}

function runProps(fontSize: number, bold: boolean): string {
  return (
    `<a:rPr lang="id-ID" sz="${Math.round(fontSize * 100)}"${bold ? ' b="1"' : ''}>` +
    `${BLACK}<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr>`
  );
}

/** Escapes text for XML and drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
