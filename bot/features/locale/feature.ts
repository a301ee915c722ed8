import { setLocale } from '../../../core/people/locale.js';
import type { I18n, Locale } from '../../../core/kernel/i18n.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { matchKey } from '../../../core/kernel/text.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FlowContext, Reply, ReplyChoice } from '../../engine/types.js';

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** Stores the language of this chat (and of the person, once registered); the next step speaks it. */
    'locale.set': [{ locale: Locale }, Ok<{ locale: Locale }> | Refusal<'unknown'>];
  }
}

/** Answer value of a language button inside a flow (registration's consent question). */
export const LANGUAGE_VALUE = 'lang:';

/** One button per other locale, named in its own language; none when only one locale exists. */
export function languageChoices(ctx: Pick<FlowContext, 'languages' | 'locale'>): ReplyChoice[] {
  const all = ctx.languages ?? [];
  if (all.length < 2) return [];
  return all.filter((l) => l.locale !== ctx.locale).map((l) => ({ label: `🌐 ${l.name}`, value: `${LANGUAGE_VALUE}${l.locale}` }));
}

/** A locale by its code or its name, accents and case aside ("en", "English", "tieng viet"). */
function findLanguage(ctx: Pick<FlowContext, 'languages'>, typed: string): Locale | null {
  const key = matchKey(typed);
  return (ctx.languages ?? []).find((l) => matchKey(l.locale) === key || matchKey(l.name) === key)?.locale ?? null;
}

async function store(h: HandlerContext, locale: Locale): Promise<Ok<{ locale: Locale }> | Refusal<'unknown'>> {
  if (!(h.flow.languages ?? []).some((l) => l.locale === locale)) return refuse('unknown');
  await setLocale(h.tx, { accountKey: h.account.key, personId: h.person?.id ?? null }, locale);
  h.setLocale?.(locale);
  return { ok: true, locale };
}

/**
 * Languages (issue 17 item 6): /ngonngu lists the locales found under templates/ and switches
 * this person's language (`lg:<locale>`, or "/ngonngu en"); registration offers the same choice
 * beside the consent when more than one locale exists (bot/features/registration).
 */
export function createLocaleFeature(deps: { i18n: Pick<I18n, 't'> }): Feature {
  const said = (locale: Locale, name: string): Reply[] => [{ text: deps.i18n.t(locale, 'locale-set', { name }) }];
  const change = async (h: HandlerContext, typed: string): Promise<Reply[]> => {
    const locale = findLanguage(h.flow, typed);
    const r = locale ? await store(h, locale) : refuse('unknown');
    if (!r.ok) return [{ text: h.flow.t('locale-unknown', { list: (h.flow.languages ?? []).map((l) => `${l.name} (${l.locale})`).join(', ') }) }];
    return said(r.locale, h.flow.languages?.find((l) => l.locale === r.locale)?.name ?? r.locale);
  };
  return {
    name: 'locale',
    commands: [
      {
        names: ['ngonngu', 'language'],
        helpKey: 'locale-help',
        run: (args, h) => (args ? change(h, args) : Promise.resolve(menu(h))),
      },
    ],
    actions: [{ prefix: 'lg', run: (rest, h) => change(h, rest) }],
    effects: { 'locale.set': ({ locale }, h) => store(h, locale) },
  };
}

function menu(h: HandlerContext): Reply[] {
  const all = h.flow.languages ?? [];
  const current = all.find((l) => l.locale === h.flow.locale)?.name ?? h.flow.locale;
  if (all.length < 2) return [{ text: h.flow.t('locale-only-one', { name: current }) }];
  const choices = all.map((l) => ({ label: `${l.locale === h.flow.locale ? '✓ ' : '🌐 '}${l.name}`, value: `lg:${l.locale}` }));
  return [{ text: h.flow.t('locale-ask', { name: current }), choices }];
}
