import { loadQuestionnaire } from '../surveys/load.js';
import type { Questionnaire } from '../surveys/definition.js';

/**
 * A short questionnaire in the demo province, so a newcomer can try /taokhaosat, /khaosat and
 * /phongvan at once (a real province imports its own with `npm run admin -- survey-import`).
 * Written as the YAML an admin would write, and read by the same loader.
 */
const DEMO_QUESTIONNAIRE = `
code: demo-sap-xep-xa
title: Dư luận về chính quyền xã mới sau sắp xếp
intro: Phiếu gồm 7 câu, trả lời trong khoảng 3 phút. Ý kiến được ghi nhận theo nhóm, không ghi tên người.
sections:
  - title: Phần I. Việc giải quyết thủ tục
    questions:
      - id: da_lam_thu_tuc
        type: single
        text: Từ khi xã mới đi vào hoạt động, người được hỏi đã đến làm thủ tục hành chính chưa?
        options: [Đã làm thủ tục, Chưa làm thủ tục]
        skip:
          - if: [Chưa làm thủ tục]
            to: tiep_can
      - id: hai_long
        type: scale
        scale: satisfaction
        text: Mức độ hài lòng với việc giải quyết thủ tục ở trung tâm phục vụ hành chính công của xã?
      - id: kho_khan
        type: multiple
        text: Khó khăn gặp phải (có thể chọn nhiều)?
        options: [Đường đến trụ sở xa, Phải đi lại nhiều lần, Thủ tục trực tuyến khó dùng, Chưa rõ nơi nộp hồ sơ, Không gặp khó khăn]
        max_choices: 3
  - title: Phần II. Dư luận chung
    questions:
      - id: tiep_can
        type: scale
        scale: agreement
        text: Người dân trong thôn, khu phố dễ dàng liên hệ với cán bộ xã mới
      - id: muc_do
        type: scale
        scale: prevalence
        text: Mức độ người dân đồng tình với việc sắp xếp đơn vị hành chính cấp xã?
      - id: de_xuat
        type: longtext
        text: Đề xuất, kiến nghị của người dân (nếu có)?
        required: false
      - id: so_y_kien
        type: number
        text: Đồng chí đã trao đổi với khoảng bao nhiêu người để trả lời phiếu này?
        min: 1
        max: 500
`;

export function demoQuestionnaire(): Questionnaire {
  const r = loadQuestionnaire(DEMO_QUESTIONNAIRE);
  if (!r.ok) throw new Error('the demo questionnaire does not load');
  return r.questionnaire;
}
