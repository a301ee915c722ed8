import type { Locale, Translate } from '../kernel/i18n.js';
import type { LocatedIssue } from './load.js';

/** Problems of a questionnaire file, one line each: "dòng 42 (câu q7, options): cần ít nhất 2 lựa chọn". */
export function issueLines(t: Translate, locale: Locale, issues: LocatedIssue[]): string[] {
  return issues
    .slice()
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((i) => {
      const key = [...i.path].reverse().find((p): p is string => typeof p === 'string' && p !== 'questions' && p !== 'sections');
      const where = [i.question ? `${locale === 'vi' ? 'câu' : 'question'} ${i.question}` : '', key && key !== 'id' ? key : ''].filter(Boolean).join(', ');
      return t(locale, 'surveys-def-line', {
        line: i.line ?? '?',
        where: where ? ` (${where})` : '',
        message: t(locale, `surveys-def-err-${i.code}`, { detail: i.detail ?? '' }),
      });
    });
}
