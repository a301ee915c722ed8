import type { Questionnaire } from '../../../core/surveys/definition.js';
import { Csrf, Layout, Select } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import type { UnitChoice } from '../routes/common.js';

/** What the campaign form offers and what it was last filled with (kept when a step is refused). */
export interface AuthoringForm {
  units: UnitChoice[];
  sectors: { value: string; label: string }[];
  strata: { value: string; label: string }[];
  values: Record<string, string>;
}

/** A questionnaire already stored (imported, or sent before): offered to send again. */
interface StoredChoice {
  id: string;
  code: string;
  version: number;
  title: string;
}

export type AuthoringStep =
  | { step: 'paste'; text: string; issues: string[]; stored?: StoredChoice[]; from?: StoredChoice }
  | { step: 'preview'; text: string; q: Questionnaire; form: AuthoringForm; error: string | null };

const ROLES = ['collaborator', 'official', 'everyone'] as const;
const SAMPLES = ['all', 'per_unit', 'quota'] as const;

/**
 * «Tạo khảo sát»: paste or upload the questionnaire (YAML/JSON, checked by the same validator as
 * `npm run admin -- survey-import`, problems listed line by line), then its questions for a read
 * and the campaign's audience, sample and times.
 */
export function SurveyAuthoringPage(props: { ctx: PageCtx; s: AuthoringStep }) {
  const { ctx, s } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-sva-title')} active="surveys">
      <p>
        <a href="/console/surveys">‹ {t('con-back-list')}</a>
      </p>
      {s.step === 'paste' ? <PasteStep ctx={ctx} s={s} /> : <PreviewStep ctx={ctx} s={s} />}
    </Layout>
  );
}

function PasteStep(props: { ctx: PageCtx; s: Extract<AuthoringStep, { step: 'paste' }> }) {
  const t = props.ctx.t;
  const { text, issues, stored = [], from } = props.s;
  return (
    <>
      {from ? (
        <p role="status" class="flash">
          {t('con-sva-from', { title: from.title, code: from.code, version: from.version })}
        </p>
      ) : null}
      {stored.length && !from ? (
        <section aria-labelledby="sva-stored">
          <h2 id="sva-stored">{t('con-sva-stored')}</h2>
          <ul>
            {stored.map((q) => (
              <li>
                <a href={`/console/surveys/new?survey=${q.id}`}>{q.title}</a>{' '}
                <span class="muted">
                  ({q.code} v{q.version})
                </span>
              </li>
            ))}
          </ul>
          <h2>{t('con-sva-new')}</h2>
        </section>
      ) : null}
      {issues.length ? (
        <div role="alert" class="refused" id="sva-issues">
          <p>{t('con-sva-issues', { n: issues.length })}</p>
          <ul>
            {issues.map((l) => (
              <li>{l}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{t('con-sva-help')}</p>
      <form method="post" action="/console/surveys/new" enctype="multipart/form-data" class="authoring">
        <Csrf ctx={props.ctx} />
        <input type="hidden" name="step" value="check" />
        <div class="field">
          <label for="sva-text">{t('con-sva-paste')}</label>
          <textarea id="sva-text" name="definition" rows={16} spellcheck={false} aria-describedby={issues.length ? 'sva-issues' : undefined}>
            {text}
          </textarea>
        </div>
        <div class="field">
          <label for="sva-file">{t('con-sva-file')}</label>
          <input id="sva-file" type="file" name="file" accept=".yaml,.yml,.json,application/json,text/yaml" />
        </div>
        <button type="submit" class="primary">
          {t('con-sva-check')}
        </button>
      </form>
    </>
  );
}

function PreviewStep(props: { ctx: PageCtx; s: Extract<AuthoringStep, { step: 'preview' }> }) {
  const { ctx, s } = props;
  const t = ctx.t;
  const v = s.form.values;
  return (
    <>
      {s.error ? (
        <p role="alert" class="flash error">
          {s.error}
        </p>
      ) : null}
      <section aria-labelledby="sva-preview">
        <h2 id="sva-preview">{t('con-sva-preview', { code: s.q.code, title: s.q.title, n: s.q.questions.length })}</h2>
        {s.q.intro ? <p>{s.q.intro}</p> : null}
        <QuestionList ctx={ctx} q={s.q} />
      </section>
      <section aria-labelledby="sva-campaign">
        <h2 id="sva-campaign">{t('con-sva-campaign')}</h2>
        <form method="post" action="/console/surveys/new" enctype="multipart/form-data" class="authoring">
          <Csrf ctx={ctx} />
          <input type="hidden" name="step" value="create" />
          <textarea name="definition" hidden aria-hidden="true" tabindex={-1}>
            {s.text}
          </textarea>
          <Select name="unit" label={t('con-sva-unit')} value={v.unit} options={s.form.units} />
          <Select name="roles" label={t('con-sva-roles')} value={v.roles} options={ROLES.map((r) => ({ value: r, label: t(`surveys-roles-${r}`) }))} />
          <Select name="sector" label={t('con-sva-sector')} value={v.sector} options={[{ value: '', label: t('surveys-sectors-all') }, ...s.form.sectors]} />
          <Select name="stratum" label={t('con-sva-stratum')} value={v.stratum} options={[{ value: '', label: t('surveys-strata-all') }, ...s.form.strata]} />
          <fieldset>
            <legend>{t('con-sva-sample')}</legend>
            {SAMPLES.map((k) => (
              <label class="check">
                <input type="radio" name="sample" value={k} checked={(v.sample ?? 'all') === k} /> {t(`con-sva-sample-${k}`)}
              </label>
            ))}
            <div class="field">
              <label for="sva-per-unit">{t('con-sva-per-unit')}</label>
              <input id="sva-per-unit" name="per_unit" type="number" min={1} max={10000} value={v.per_unit ?? ''} inputmode="numeric" />
            </div>
            <p class="muted">{t('con-sva-quota-help')}</p>
            {s.form.strata.map((g) => (
              <div class="field">
                <label for={`sva-q-${g.value}`}>{g.label}</label>
                <input
                  id={`sva-q-${g.value}`}
                  name={`quota_${g.value}`}
                  type="number"
                  min={0}
                  max={100000}
                  value={v[`quota_${g.value}`] ?? ''}
                  inputmode="numeric"
                />
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for="sva-opens">{t('con-sva-opens')}</label>
            <input id="sva-opens" name="opens" type="datetime-local" required value={v.opens ?? ''} />
          </div>
          <div class="field">
            <label for="sva-closes">{t('con-sva-closes')}</label>
            <input id="sva-closes" name="closes" type="datetime-local" required value={v.closes ?? ''} />
          </div>
          <label class="check">
            <input type="checkbox" name="interviews" value="1" checked={v.interviews === '1'} /> {t('con-sva-interviews')}
          </label>
          <p>
            <button type="submit" class="primary">
              {t('con-sva-create')}
            </button>
          </p>
        </form>
      </section>
    </>
  );
}

/** The questions as the respondent will meet them, section by section, with what each asks for. */
function QuestionList(props: { ctx: PageCtx; q: Questionnaire }) {
  const { ctx, q } = props;
  const t = ctx.t;
  const number = new Map(q.questions.map((x, i) => [x.id, i + 1]));
  return (
    <>
      {q.sections.map((title, si) => (
        <div class="question">
          <h3>{title}</h3>
          <ol start={q.questions.findIndex((x) => x.section === si) + 1}>
            {q.questions
              .filter((x) => x.section === si)
              .map((x) => (
                <li>
                  {x.text} <span class="muted">({[t(`con-sva-type-${x.type}`), x.required ? null : t('con-sva-optional')].filter(Boolean).join(', ')})</span>
                  {x.options ? <div class="muted">{x.options.join(' · ')}</div> : null}
                  {(x.skip ?? []).map((r) => (
                    <div class="muted">
                      {t('con-sva-skip', {
                        when: r.when ? r.when.map((i) => x.options?.[Number(i)] ?? i).join(', ') : r.below !== undefined ? `< ${r.below}` : `> ${r.above}`,
                        to: r.to === 'end' ? t('con-sva-skip-end') : String(number.get(r.to) ?? r.to),
                      })}
                    </div>
                  ))}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </>
  );
}
