import type { Lang } from '../../core/types';

/** Words used only by the Outlook pane and the playground around the shared components. */
export const PANE_STRINGS: Record<Lang, {
  title: string;
  fixFailed: string;
  reportReady: string;
  reportOpen: string;
  notInOutlook: string;
  policyDefault: string;
}> = {
  en: {
    title: 'Protocol Guard',
    fixFailed: 'That fix could not be applied: {reason}. Please make the change by hand.',
    reportReady: 'Your report is ready. Check it, then send it from your mail app.',
    reportOpen: 'Open the report',
    notInOutlook: 'This page runs inside Outlook. To try Protocol Guard without Outlook, open the playground.',
    policyDefault: 'Using the built-in rules: your council’s policy could not be loaded.',
  },
  cy: {
    title: 'Protocol Guard',
    fixFailed: "Nid oedd modd gwneud y cywiriad hwnnw: {reason}. Gwnewch y newid eich hun, os gwelwch yn dda.",
    reportReady: "Mae eich adroddiad yn barod. Gwiriwch ef, yna anfonwch ef o'ch rhaglen e-bost.",
    reportOpen: "Agor yr adroddiad",
    notInOutlook: "Mae'r dudalen hon yn rhedeg y tu mewn i Outlook. I roi cynnig ar Protocol Guard heb Outlook, agorwch y maes chwarae.",
    policyDefault: "Yn defnyddio'r rheolau sydd wedi'u cynnwys: nid oedd modd llwytho polisi eich cyngor.",
  },
};
