/** The part of js-yaml 4 the questionnaire loader uses (the package ships no types). */
declare module 'js-yaml' {
  export interface LoadOptions {
    schema?: unknown;
    filename?: string;
  }
  export const JSON_SCHEMA: unknown;
  export function load(text: string, options?: LoadOptions): unknown;
  export function dump(value: unknown, options?: { lineWidth?: number; noRefs?: boolean }): string;
  const yaml: { load: typeof load; dump: typeof dump; JSON_SCHEMA: unknown };
  export default yaml;
}
