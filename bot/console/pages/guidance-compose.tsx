import { Csrf, Layout } from '../layout.js';
import type { PageCtx } from '../page-context.js';
import type { UnitChoice } from '../routes/common.js';
import { roleLabel, sectorLabel, stratumLabel } from '../../../core/people/labels.js';

export interface ComposeValues {
  title: string;
  body: string;
  unitId: string;
  requireAck: boolean;
  ackDeadline: string;
  urgent: boolean;
  scheduledAt: string;
  /** Audience filters (core/people/audience-filters.ts): none ticked = everyone of the unit's subtree. */
  roles: string[];
  sectors: string[];
  strata: string[];
  /** A file uploaded at the preview, carried to the send step (routes/guidance-upload.ts). */
  file?: { name: string; value: string; mac: string };
}

/** The sectors and strata present in the official's subtree, offered as filters. */
export interface ComposeChoices {
  sectors: string[];
  strata: string[];
}

/** One group of audience checkboxes; nothing ticked means no filter on it. */
function FilterSet(props: { ctx: PageCtx; name: string; legend: string; codes: string[]; picked: string[]; label(code: string): string }) {
  if (props.codes.length === 0) return null;
  return (
    <fieldset class="filters">
      <legend>{props.legend}</legend>
      {props.codes.map((code) => (
        <label class="check">
          <input type="checkbox" name={props.name} value={code} checked={props.picked.includes(code)} /> {props.label(code)}
        </label>
      ))}
    </fieldset>
  );
}

/** One screen instead of the chat's steps: the same draft, dry run, approval and quiet-hours rules. */
export function ComposePage(props: {
  ctx: PageCtx;
  units: UnitChoice[];
  choices: ComposeChoices;
  v: ComposeValues;
  preview?: string[];
  errors?: string[];
  done?: string;
}) {
  const { ctx, v } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('con-gd-compose')} active="guidance">
      {props.done ? (
        <p class="flash ok" role="status">
          {props.done}
        </p>
      ) : null}
      {props.errors?.length ? (
        <div class="flash error" role="alert">
          <ul>
            {props.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.preview ? (
        <section class="card" aria-labelledby="gd-preview">
          <h2 id="gd-preview">{t('con-gd-preview')}</h2>
          {props.preview.map((line) => (
            <p>{line}</p>
          ))}
        </section>
      ) : null}
      <form method="post" action="/console/guidance/new" enctype="multipart/form-data" class="compose">
        <Csrf ctx={ctx} />
        <div class="field">
          <label for="g-title">{t('con-gd-title')}</label>
          <input id="g-title" name="title" required maxlength={200} value={v.title} />
        </div>
        <div class="field">
          <label for="g-body">{t('con-gd-body')}</label>
          <textarea id="g-body" name="body" required rows={8} maxlength={100000}>
            {v.body}
          </textarea>
        </div>
        <div class="field">
          <label for="g-file">{t('con-gd-file')}</label>
          {v.file ? (
            <p class="hint">
              {t('con-gd-file-carried', { name: v.file.name })}
              <input type="hidden" name="upload" value={v.file.value} />
              <input type="hidden" name="uploadMac" value={v.file.mac} />
            </p>
          ) : null}
          <input id="g-file" type="file" name="file" accept="image/jpeg,image/png,application/pdf,.doc,.docx" />
          <p class="hint">{t('con-gd-file-hint')}</p>
        </div>
        <div class="field">
          <label for="g-unit">{t('con-f-unit')}</label>
          <select id="g-unit" name="unit">
            {props.units.map((u) => (
              <option value={u.value} selected={u.value === v.unitId}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <p class="hint">{t('con-gd-filters-hint')}</p>
        <FilterSet
          ctx={ctx}
          name="roles"
          legend={t('con-gd-filter-roles')}
          codes={['collaborator', 'official']}
          picked={v.roles}
          label={(c) => roleLabel(t, c)}
        />
        <FilterSet
          ctx={ctx}
          name="sectors"
          legend={t('con-gd-filter-sectors')}
          codes={props.choices.sectors}
          picked={v.sectors}
          label={(c) => sectorLabel(t, c)}
        />
        <FilterSet
          ctx={ctx}
          name="strata"
          legend={t('con-gd-filter-strata')}
          codes={props.choices.strata}
          picked={v.strata}
          label={(c) => stratumLabel(t, c)}
        />
        <label class="check">
          <input type="checkbox" name="requireAck" value="1" checked={v.requireAck} /> {t('con-gd-require-ack')}
        </label>
        <div class="field">
          <label for="g-deadline">{t('con-gd-deadline')}</label>
          <input id="g-deadline" type="datetime-local" name="ackDeadline" value={v.ackDeadline} />
        </div>
        <div class="field">
          <label for="g-schedule">{t('con-gd-schedule')}</label>
          <input id="g-schedule" type="datetime-local" name="scheduledAt" value={v.scheduledAt} />
        </div>
        <label class="check">
          <input type="checkbox" name="urgent" value="1" checked={v.urgent} /> {t('con-gd-urgent')}
        </label>
        <div class="buttons">
          <button type="submit" name="step" value="preview">
            {t('con-gd-dry-run')}
          </button>
          {props.preview ? (
            <button type="submit" name="step" value="send" class="primary">
              {t('con-gd-send')}
            </button>
          ) : null}
        </div>
      </form>
    </Layout>
  );
}
