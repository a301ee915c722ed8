/** The part of js-yaml 4 the questionnaire loader uses (the package ships no types). */
declare module 'js-yaml' {
  export interface LoadOptions {
    schema?: unknown;
    filename?: string;
  }
  export const JSON_SCHEMA: unknown;
  export function load(text: string, options?: LoadOptions): unknown;
  const yaml: { load: typeof load; JSON_SCHEMA: unknown };
  export default yaml;
}
