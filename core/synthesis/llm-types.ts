/** What the AI-assisted draft gives back: sentences per section, each with the receipts it drew on. */
interface AiSentence {
  text: string;
  refs: string[];
}

export const AI_SECTIONS = ['assessment', 'forecast', 'proposals'] as const;
export type AiSection = (typeof AI_SECTIONS)[number];

export type AiDraft = Partial<Record<AiSection, AiSentence[]>>;

/** How the run went, for the run row and the note: off, used, or why it fell back. */
export type AiStatus = 'off' | 'used' | 'timeout' | 'http_error' | 'malformed' | 'unreachable';
