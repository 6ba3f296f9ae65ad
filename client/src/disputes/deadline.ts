import type { Deadline } from '@shared/disputes/deadlines.js';
import type { Locale } from '@client/i18n/locales';
import { formatDay } from './labels';

export type Translate = (key: string, named?: Record<string, unknown>) => string;

export type DeadlineDisplay = {
  /** "受理决定期限" */
  label: string;
  /** "截止 2026年11月30日" */
  due: string;
  /** "还剩 3 个工作日" / "已超期" / "已按时完成" */
  left: string;
  tone: 'ok' | 'soon' | 'late' | 'done';
  provisional: boolean;
};

/** How a statutory clock reads to a person: which one, until when, and how much time is left. */
export function deadlineDisplay(t: Translate, deadline: Deadline, locale: Locale): DeadlineDisplay {
  const label = t(`disputes.deadline.kind.${deadline.kind}`);
  const due = t('disputes.deadline.due', { date: formatDay(deadline.dueDate, locale) });
  const provisional = deadline.provisional;
  switch (deadline.state) {
    case 'overdue':
      return { label, due, left: t('disputes.deadline.overdue'), tone: 'late', provisional };
    case 'met':
      return { label, due, left: t('disputes.deadline.met'), tone: 'done', provisional };
    case 'missed':
      return { label, due, left: t('disputes.deadline.missed'), tone: 'late', provisional };
    default: {
      const n = deadline.workingDaysLeft;
      const left = n <= 1 ? t('disputes.deadline.lastDay') : t('disputes.deadline.left', { n });
      return { label, due, left, tone: n <= 2 ? 'soon' : 'ok', provisional };
    }
  }
}
