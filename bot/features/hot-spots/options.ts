import { HOT_SPOT_CATEGORIES, PEOPLE_RANGES, RETIRED_HOT_SPOT_CATEGORIES, SEVERITIES } from '../../../core/hot-spots/create.js';
import type { OptionList } from '../../engine/common/options.js';

/** The fixed lists of a hot spot; labels: templates `hot-spots-opt-<list>-<code>`. */
export const HOT_SPOT_OPTIONS = {
  category: { key: 'hot-spots-opt-category', values: HOT_SPOT_CATEGORIES, retired: RETIRED_HOT_SPOT_CATEGORIES },
  severity: {
    key: 'hot-spots-opt-severity',
    values: SEVERITIES.map(String),
    // How people say the levels when they type them: «khan cap» is «3 – Khẩn», not a refusal.
    aliases: {
      '1': ['mức 1', 'bình thường'],
      '2': ['mức 2', 'cần chú ý', 'chú ý'],
      '3': ['mức 3', 'khẩn cấp', 'cấp bách', 'gấp'],
      '4': ['mức 4', 'đặc biệt khẩn cấp', 'rất khẩn', 'rất khẩn cấp', 'rất gấp', 'cực kỳ khẩn cấp', 'đặc biệt nghiêm trọng', 'critical'],
    },
  },
  people: { key: 'hot-spots-opt-people', values: Object.keys(PEOPLE_RANGES) },
} as const satisfies Record<string, OptionList>;
