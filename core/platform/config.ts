import { z } from 'zod';

/** Parses "true"/"false"/"1"/"0" env strings; zod's coerce.boolean treats "false" as true. */
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** The one config schema. `.env.example` documents every key below. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** auto = readable lines in development, JSON (for log collectors) otherwise. */
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: optional,

  DATABASE_URL: optional,
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: optional,
  /**
   * Prefix of every BullMQ and limiter key. Empty = derived from an id stored in the database, so
   * a fresh database on a shared Redis never inherits an old one's delayed jobs; set wins.
   */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/)
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v)),
  RUN_WORKERS: bool(true),

  /** A folder of templates/ (vi, en, or one a province added). */
  DEFAULT_LOCALE: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .default('vi'),
  TIMEZONE: z.string().default('Asia/Ho_Chi_Minh'),
  SANDBOX: z.enum(['auto', 'on', 'off']).default('auto'),
  /** The sandbox lets anyone act as anyone: by default it answers only requests from this machine. */
  SANDBOX_ALLOW_REMOTE: bool(false),
  /**
   * The sandbox refuses to start on an exposed server (NODE_ENV=production or PUBLIC_URL set):
   * it lists real officials and acts as any of them. This override exists for a closed test rig.
   */
  DANGEROUSLY_EXPOSE_SANDBOX: bool(false),

  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_BOT_USERNAME: optional,
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'chỉ gồm A-Z a-z 0-9 _ - (1–256 ký tự)')
    .optional(),

  ZALO_MODE: z.enum(['off', 'oa', 'bot']).default('off'),
  ZALO_APP_ID: optional,
  ZALO_APP_SECRET: optional,
  ZALO_OA_SECRET_KEY: optional,
  ZALO_ACCESS_TOKEN: optional,
  ZALO_REFRESH_TOKEN: optional,
  ZALO_API_ROOT: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_ROOT: z.string().url().default('https://oauth.zaloapp.com'),
  ZALO_BOT_TOKEN: optional,
  ZALO_BOT_API_ROOT: z.string().url().default('https://bot-api.zaloplatforms.com'),
  ZALO_BOT_WEBHOOK_SECRET: optional,
  /**
   * OA webhook events older than this are refused as replays. Zalo re-sends a failed event with
   * its original timestamp for about 2 h 20 min, so at least 2 h; at most a day, which keeps it
   * well inside the retention of processed update keys (RETENTION_UPDATES_DAYS ≥ 2).
   */
  ZALO_WEBHOOK_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(7200, 'ít nhất 7200 giây (2 giờ): Zalo gửi lại sự kiện trong khoảng 2 giờ')
    .max(86_400)
    .default(10_800),
  ZALO_TOKEN_REFRESH_AHEAD_MINUTES: z.coerce.number().int().positive().default(60),
  ZALO_CHOICE_BUTTONS: z.enum(['hide', 'show']).default('hide'),
  ZALO_BOT_POLL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(30),

  ADMIN_USER: z.string().default('admin'),
  ADMIN_PASSWORD: optional,

  INVITE_TTL_HOURS: z.coerce.number().int().positive().default(72),
  /** The longest typed answer: a long paste may arrive as several messages (Telegram cuts at 4,096) and be joined. */
  MAX_TEXT_LENGTH: z.coerce.number().int().positive().default(12000),
  /** Multiplies every escalation deadline; tests and demos shorten deadlines with e.g. 0.001. */
  ESCALATION_TIME_SCALE: z.coerce.number().positive().default(1),
  ROOT_REMINDER_REPEATS: z.coerce.number().int().min(0).default(3),
  BURST_ALERTS: z.coerce.number().int().min(2).default(3),
  BURST_WINDOW_MINUTES: z.coerce.number().int().positive().default(30),
  TELEGRAM_BULK_RATE: z.coerce.number().positive().default(25),
  ZALO_BULK_RATE: z.coerce.number().positive().default(50),
  QUIET_HOURS: z
    .string()
    .regex(/^(\d{2}:\d{2}-\d{2}:\d{2})?$/)
    .default('22:00-06:00'),
  /** Broadcasts: longest guidance body (characters; split per platform when sent). */
  BROADCAST_MAX_BODY: z.coerce.number().int().min(100).max(100_000).default(12_000),
  /** Broadcasts to more recipients than this need a second official's approval. */
  BROADCAST_APPROVAL_THRESHOLD: z.coerce.number().int().min(0).default(500),
  /** One reminder to those who have not acknowledged, this long after sending starts. */
  BROADCAST_REMINDER_AFTER_MINUTES: z.coerce.number().positive().default(240),
  /** How often the author's progress message is refreshed (and stuck broadcasts recovered). */
  BROADCAST_PROGRESS_SECONDS: z.coerce.number().positive().default(10),
  /** Send jobs run at once per channel and worker process; 0 = derived from the channel's rate. */
  BROADCAST_SEND_CONCURRENCY: z.coerce.number().int().min(0).max(500).default(0),
  /** Outbox relay poll interval; commits in the same process also wake it at once. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  /** Deadline for workers to finish running jobs on shutdown (worker.close() has none). */
  WORKER_SHUTDOWN_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Periodic reports: defaults for units (and their ancestors) that leave these settings unset. */
  REPORT_DEADLINE_DAY: z.coerce.number().int().min(1).max(31).default(20),
  /** Cycle cut-off day; empty = the deadline day (a "20th to 20th" cycle). */
  REPORT_CUTOFF_DAY: z.coerce
    .number()
    .int()
    .min(1)
    .max(31)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REPORT_LOCK_DAYS: z.coerce.number().int().min(0).max(60).default(5),
  /** Reminders go out from this local hour on (and never in QUIET_HOURS). */
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  /** A collaborator with no periodic report for this many periods in a row is listed for review. */
  INACTIVE_PERIODS: z.coerce.number().int().min(1).max(24).default(2),
  /** Header of the synthesis document (Hướng dẫn 36-HD/VPTW: the Tỉnh ủy above the Ban). */
  ORG_PARENT_NAME: z.string().default('TỈNH ỦY …'),
  ORG_NAME: z.string().default('BAN TUYÊN GIÁO VÀ DÂN VẬN'),
  ORG_PLACE: z.string().default('…'),
  ORG_DOC_SUFFIX: z.string().default('BC/BTGDVTU'),
  /** The territory named in the synthesis ("tỉnh Thái Nguyên"); empty = "tỉnh " + ORG_PLACE. */
  ORG_TERRITORY: optional,
  /** The month's synthesis is made and sent to the province's officials this many days before its deadline. */
  SYNTHESIS_LEAD_DAYS: z.coerce.number().int().min(0).max(20).default(2),
  /** Optional AI-assisted draft: an OpenAI-compatible chat-completions endpoint the province runs; empty = off. */
  SYNTHESIS_LLM_URL: optional.pipe(z.url().optional()),
  SYNTHESIS_LLM_MODEL: z.string().default(''),
  SYNTHESIS_LLM_API_KEY: optional,
  SYNTHESIS_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),

  /** /metrics asks for `Authorization: Bearer <token>` when set. */
  METRICS_TOKEN: optional,
  /** Per-account flood control on intake (in Redis, shared by every bot process; in-process while Redis is away). */
  FLOOD_BURST: z.coerce.number().int().min(1).default(40),
  FLOOD_PER_MINUTE: z.coerce.number().positive().default(60),
  /** Invite-code checks (brute-force limit): per chat account and per code prefix refuse; */
  INVITE_CHECKS_PER_ACCOUNT_HOUR: z.coerce.number().int().min(1).default(10),
  INVITE_CHECKS_PER_PREFIX_HOUR: z.coerce.number().int().min(1).default(30),
  /** past this system-wide ceiling admins are alerted (metric + error log); nobody is refused by it. */
  INVITE_CHECKS_PER_HOUR: z.coerce.number().int().min(1).default(2000),
  /** Data retention (PDP Law 91/2025), days; 0 keeps forever. Updates: ≥ 2 (redelivery window). */
  RETENTION_UPDATES_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .default(30)
    .refine((d) => d === 0 || d >= 2, 'ít nhất 2 ngày, hoặc 0'),
  RETENTION_DRAFTS_DAYS: z.coerce.number().int().min(0).default(90),
  RETENTION_DELIVERIES_DAYS: z.coerce.number().int().min(0).default(365),
  RETENTION_PURGE_CRON: z.string().default('15 3 * * *'),

  /** Officials' web console (/console): the /dangnhap link's life, session idle timeout and absolute lifetime. */
  CONSOLE_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  CONSOLE_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  CONSOLE_SESSION_HOURS: z.coerce.number().int().min(1).default(12),
  /** Map tiles ({z}/{x}/{y}); empty = no tiles (intranet without a tile server): markers on a plain background. */
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),

  /** Attachments (photos, voice notes, files) downloaded once from the channels; empty = DATA_DIR/files. */
  FILES_DIR: optional,
  /**
   * Life of a file link (a kept attachment Zalo cannot deliver, sent as $PUBLIC_URL/tep/<signed
   * token>): short, since anyone holding the link can open the file until then.
   */
  FILE_LINK_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  /** Largest attachment kept (bytes); Telegram's hosted Bot API serves at most 20 MB. */
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(20_000_000),
  /** Content types kept, as found in the file's own bytes (not as the sender declared). */
  MEDIA_TYPES: z
    .string()
    .default('image/jpeg,image/png,image/webp,image/gif,audio/ogg,audio/mpeg,audio/mp4,video/mp4,application/pdf,application/zip,application/msword')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parse once at startup; errors list every bad key without echoing secret values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
