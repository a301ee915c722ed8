/** What a person sees of one bot message, whatever the channel. */
export interface SeenMessage {
  text: string;
  choices: { label: string; data: string }[];
}

/** A simulated person on one channel: type, press, and read what the bot answered since. */
export interface ChatUser {
  send(text: string): Promise<SeenMessage[]>;
  press(data: string): Promise<SeenMessage[]>;
}

export const RECEIPT = /\b(BC|BN|CD|DN)-\d{4}-\d{2}-\d{6}\b/;

/** Labels a hurried but careful reporter avoids when something else is on offer. */
const AVOID = /^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u;
const PREFER = /(Gửi|Xong, tiếp tục|Không, tiếp tục|Đồng ý)/u;

/**
 * Answers every question of a flow like a person would until a receipt number appears:
 * presses "send"/"done" when offered, otherwise the first ordinary choice; types a short text
 * when there is no choice. Returns the receipt, or throws after `maxSteps`.
 */
export async function fillUntilReceipt(user: ChatUser, first: SeenMessage[], maxSteps = 60): Promise<{ receipt: string; steps: number }> {
  let seen = first;
  for (let step = 0; step < maxSteps; step++) {
    const receipt = seen.map((m) => RECEIPT.exec(m.text)?.[0]).find(Boolean);
    if (receipt) return { receipt, steps: step };
    // A long list may be split over several messages: the question is all of their buttons.
    const choices = seen.at(-1)?.choices.length ? seen.flatMap((m) => m.choices) : [];
    if (choices.length > 0) {
      const pick = choices.find((c) => PREFER.test(c.label)) ?? choices.find((c) => !AVOID.test(c.label)) ?? choices[0]!;
      seen = await user.press(pick.data);
    } else {
      seen = await user.send(`Nội dung thử nghiệm ${step}: ý kiến của nhóm tiểu thương 😀`);
    }
  }
  throw new Error(`no receipt after ${maxSteps} steps; last: ${seen.map((m) => m.text).join(' | ')}`);
}

/** A button's label without the number a long question shows before it («9. Di dời chợ…»). */
export const bareLabel = (label: string): string => label.replace(/^\d{1,3}\. /, '');
