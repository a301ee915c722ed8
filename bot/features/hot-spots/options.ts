import { HOT_SPOT_CATEGORIES, PEOPLE_RANGES, RETIRED_HOT_SPOT_CATEGORIES, SEVERITIES } from '../../../core/hot-spots/create.js';
import type { OptionList } from '../../engine/common/options.js';

/** The fixed lists of a hot spot; labels: templates `hot-spots-opt-<list>-<code>`. */
export const HOT_SPOT_OPTIONS = {
  category: { key: 'hot-spots-opt-category', values: HOT_SPOT_CATEGORIES, retired: RETIRED_HOT_SPOT_CATEGORIES },
  severity: { key: 'hot-spots-opt-severity', values: SEVERITIES.map(String) },
  people: { key: 'hot-spots-opt-people', values: Object.keys(PEOPLE_RANGES) },
} as const satisfies Record<string, OptionList>;
