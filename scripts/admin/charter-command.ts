import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { publishCharter, type PublishRefusal } from '../../core/charter/charter.js';
import { attachCharterDocument, readCharterFile } from '../../core/charter/document.js';
import { filesDirOf } from '../../core/media/store.js';
import { UsageError, type AdminCommand } from './context.js';

const REFUSAL: Record<PublishRefusal, string> = {
  bad_version: 'phiên bản chỉ gồm chữ, số và . _ / - (tối đa 40 ký tự), ví dụ 2026-12',
  bad_title: 'tiêu đề trống hoặc dài quá 200 ký tự',
  empty: 'văn bản không có nội dung',
  too_long: 'văn bản dài quá 100.000 ký tự',
  exists: 'phiên bản này đã ban hành; mỗi lần sửa đổi cần một phiên bản mới',
};

/**
 * `npm run admin -- charter-publish <file> --version <v> [--title …] [--text <file.txt>]`: the
 * Quy chế hoạt động in force from now (issue 17 item 5). A .docx or .pdf is kept as a document
 * (core/media) and its text shown in chat; a PDF's text comes from --text.
 */
export const charterPublishCommand: AdminCommand = {
  usage: 'charter-publish <tệp .md|.txt|.docx|.pdf> --version <phiên bản> [--title "<tiêu đề>"] [--text <tệp .txt>]',
  summary: 'Ban hành Quy chế hoạt động của cộng tác viên (phiên bản mới: mọi cộng tác viên được đề nghị đọc và chấp thuận)',
  async run(args, { db, config, out }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { version: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' } },
    });
    const file = positionals[0];
    if (!file || !values.version) throw new UsageError('cần tệp và --version');
    const bytes = new Uint8Array(await readFile(file));
    const source = readCharterFile(basename(file), bytes);
    const body = values.text ? (await readFile(values.text, 'utf8')).trim() : source.text;
    if (!body) throw new UsageError('không đọc được chữ từ tệp PDF: cần --text <tệp .txt> chứa nội dung văn bản');
    const title = values.title ?? 'Quy chế hoạt động của cộng tác viên dư luận xã hội';
    const r = await db.transaction(async (tx) => {
      const p = await publishCharter(tx, null, { version: values.version!, title, body, now: new Date() });
      if (p.ok && source.kind === 'document')
        await attachCharterDocument(tx, filesDirOf(config), p.id, { name: basename(file), mimeType: source.mimeType, bytes });
      return p;
    });
    if (!r.ok) throw new UsageError(REFUSAL[r.code]);
    out(`Đã ban hành quy chế phiên bản ${values.version}. Cộng tác viên được đề nghị đọc và chấp thuận khi nhắn tin tiếp theo; /quyche để xem.`);
  },
};
