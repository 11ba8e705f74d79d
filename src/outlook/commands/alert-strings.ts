import type { Lang } from '../../core/types';

/** Words of the Smart Alerts dialog, in both languages. Kept beside the handler so its bundle stays small. */
export const ALERT_STRINGS: Record<Lang, { intro: { block: string; warn: string }; more: string; open: string; cancel: string }> = {
  en: {
    intro: {
      block: 'Protocol Guard stopped this message: it goes against the protocol on member/officer relations.',
      warn: 'Protocol Guard: please check this message against the protocol on member/officer relations.',
    },
    more: 'and {n} more',
    open: 'Open Protocol Guard to see why and fix it.',
    cancel: 'Open Protocol Guard',
  },
  cy: {
    intro: {
      block: "Mae Protocol Guard wedi atal y neges hon: mae'n mynd yn groes i'r protocol ar gysylltiadau rhwng aelodau a swyddogion.",
      warn: "Protocol Guard: gwiriwch y neges hon yn erbyn y protocol ar gysylltiadau rhwng aelodau a swyddogion.",
    },
    more: 'a {n} arall',
    open: "Agorwch Protocol Guard i weld pam ac i'w chywiro.",
    cancel: 'Agor Protocol Guard',
  },
};
