/** Offers and needs (autumn 2010) and the collaborations of 2011 (rule-book §8). */
import type { CollaborationFigures } from '../../../src/index.js';
import { curvePrice } from '../../../src/economics/savings.js';
import { collaborations, type FiguresSpec } from '../data/collaborations.js';
import { declarations } from '../data/offers-needs.js';
import { vat } from '../facts.js';
import { activeFirmKeys, managerOf, OFFICE } from './lookups.js';
import type { Timeline } from './timeline.js';

export function addOffersAndNeeds(t: Timeline): void {
  for (const row of declarations) {
    const author = managerOf(row.firm).name;
    const firm = vat(row.firm);
    for (const offer of row.offers) t.add({ type: 'offer.declared', date: row.date, author, firm, offer });
    for (const need of row.needs) t.add({ type: 'need.declared', date: row.date, author, firm, need });
  }
}

/** The figures of the record: partite IVA for the firm keys; a purchasing group pays the price its total buys on the curve. */
export function figuresOf(spec: FiguresSpec): CollaborationFigures {
  switch (spec.kind) {
    case 'purchasing': {
      const total = spec.members.reduce((sum, m) => sum + m.quantity, 0);
      const priceGroupCents = curvePrice(spec.priceCurve, total);
      if (priceGroupCents === undefined) throw new Error(`No price on the ${spec.category} curve for ${total} ${spec.unit}`);
      return {
        kind: spec.kind,
        basis: spec.basis,
        category: spec.category,
        unit: spec.unit,
        priceCurve: spec.priceCurve.map((tier) => ({ ...tier })),
        ...(spec.priceIndex ? { priceIndex: { ...spec.priceIndex } } : {}),
        members: spec.members.map((m) => ({
          firm: vat(m.firm),
          quantity: m.quantity,
          priceBeforeCents: m.priceBeforeCents,
          priceGroupCents,
          ...(m.marketPriceCents !== undefined ? { marketPriceCents: m.marketPriceCents } : {}),
        })),
      };
    }
    case 'services':
      return { ...spec, members: spec.members.map((m) => ({ ...m, firm: vat(m.firm) })) };
    case 'machines':
      return { ...spec, owner: vat(spec.owner), users: spec.users.map((u) => ({ ...u, firm: vat(u.firm) })) };
    case 'workforce':
      return { ...spec, secondments: spec.secondments.map((s) => ({ ...s, from: vat(s.from), to: vat(s.to) })) };
  }
}

/** Each collaboration from proposal to end; each firm enters the collaboration phase when its first one starts. */
export function addCollaborations(t: Timeline): void {
  for (const c of collaborations) {
    if (!c.firms.includes(c.lead)) throw new Error(`${c.id}: lead ${c.lead} not among its firms`);
    const author = managerOf(c.lead).name;
    t.add({
      type: 'collaboration.proposed',
      date: c.proposed,
      author,
      collaboration: {
        id: c.id,
        kind: c.kind,
        title: c.title,
        firms: c.firms.map(vat),
        lead: vat(c.lead),
        estimatedAnnualAdvantageCents: c.estimatedAnnualAdvantageCents,
      },
    });
    t.add({
      type: 'collaboration.agreed',
      date: c.agreed,
      author: OFFICE,
      collaboration: c.id,
      ...(c.terms ? { terms: figuresOf(c.terms) } : {}),
    });
    t.add({ type: 'collaboration.started', date: c.started, author: OFFICE, collaboration: c.id });
    for (const f of c.figures) {
      t.add({
        type: 'collaboration.figures-recorded',
        date: f.date,
        author,
        collaboration: c.id,
        period: { from: f.from, to: f.to },
        figures: figuresOf(f.figures),
        ...(f.note ? { note: f.note } : {}),
      });
    }
    if (c.ended) {
      t.add({
        type: 'collaboration.ended',
        date: c.ended.date,
        author: OFFICE,
        collaboration: c.id,
        reason: c.ended.reason,
        ...(c.ended.note ? { note: c.ended.note } : {}),
      });
    }
  }
  for (const key of activeFirmKeys()) {
    const first = collaborations
      .filter((c) => c.firms.includes(key))
      .map((c) => c.started)
      .sort()[0];
    if (!first) throw new Error(`${key} takes part in no collaboration`);
    t.add({ type: 'phase.advanced', date: first, author: managerOf(key).name, firm: vat(key), phase: 'collaboration' });
  }
}
