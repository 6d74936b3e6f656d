// Writes docs/elements-reference.md from the Custom Elements Manifest
// (custom-elements.json, made by `npm run build`): each element's summary,
// attributes and properties, events, parts and custom properties, so the
// reference cannot drift from the code. `node scripts/elements-reference.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (s) => String(s ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|').trim();

/** The Markdown reference of the elements of a manifest, in tag order. */
export function elementsReference(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    '# Elements reference',
    '',
    'Generated from the Custom Elements Manifest (`custom-elements.json`, in the package) by',
    '`scripts/elements-reference.mjs`; do not edit by hand. Every element also takes the global',
    '`lang` attribute (`it` or `en`; default: the closest `[lang]`, else Italian). How to use them:',
    '[the webmaster\'s guide](webmaster.md).',
    '',
  ];
  for (const d of elements) {
    out.push(`## \`<${d.tagName}>\``, '', cell(d.summary ?? d.description), '', `Class \`${d.name}\` (\`mechnet/components\`).`, '');
    const publicMembers = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
    const attributeOnly = (d.attributes ?? []).filter((a) => !a.fieldName);
    if (publicMembers.length + attributeOnly.length > 0) {
      out.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
      for (const a of attributeOnly) out.push(`| \`${a.name}\` | – | \`${cell(a.type?.text)}\` | | ${cell(a.description)} |`);
      for (const m of publicMembers) {
        out.push(`| ${m.attribute ? `\`${m.attribute}\`` : '–'} | \`${m.name}\` | \`${cell(m.type?.text)}\` | ${m.default !== undefined ? `\`${cell(m.default)}\`` : ''} | ${cell(m.description)} |`);
      }
      out.push('');
    }
    if (d.events?.length) {
      out.push('| event | description |', '| --- | --- |');
      for (const e of d.events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
      out.push('');
    }
    if (d.cssParts?.length) {
      out.push('| part | description |', '| --- | --- |');
      for (const p of d.cssParts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
      out.push('');
    }
    if (d.cssProperties?.length) {
      out.push('| custom property | description |', '| --- | --- |');
      for (const p of d.cssProperties) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  writeFileSync(join(root, 'docs', 'elements-reference.md'), elementsReference(manifest));
  console.log('wrote docs/elements-reference.md');
}
