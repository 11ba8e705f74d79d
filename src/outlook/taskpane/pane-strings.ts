import type { Lang } from '../../core/types';

/** Words used only by the Outlook pane and the playground around the shared components. */
export const PANE_STRINGS: Record<Lang, {
  title: string;
  fixFailed: string;
  reportReady: string;
  reportOpen: string;
  notInOutlook: string;
  policyDefault: string;
  openPlayground: string;
  offlineTitle: string;
  offlineIntro: (council: string) => string;
  offlineDraft: string;
  /** Said when the check read only part of the draft, or a rule could not run: nothing is hidden. */
  partial: (reasons: string) => string;
  partialReasons: Record<string, string>;
  ruleFailed: (rules: string) => string;
}> = {
  en: {
    title: 'Protocol Guard',
    fixFailed: 'That fix could not be applied: {reason}. Please make the change by hand.',
    reportReady: 'Your report is ready. Check it, then send it from your mail app.',
    reportOpen: 'Open the report',
    notInOutlook: 'This page runs inside Outlook, beside a message you are writing. Here it shows what it does on the sample council’s drafts; to write your own, open the playground.',
    openPlayground: 'Open the playground',
    offlineTitle: 'Protocol Guard on a sample draft',
    offlineIntro: (council: string) => `Choose a draft from ${council}, the sample council, and see what Protocol Guard would tell its writer. It all runs on this computer, even offline.`,
    offlineDraft: 'Sample draft',
    policyDefault: 'Using the built-in rules: your council’s policy could not be loaded.',
    partial: (reasons: string) => `Only part of this draft was checked (${reasons}). What is shown may not be all there is.`,
    partialReasons: { 'body-too-long': 'it is longer than the checker reads', 'work-budget': 'it took more work than one check is allowed' },
    ruleFailed: (rules: string) => `These checks could not run on this draft: ${rules}. Please tell your Monitoring Officer.`,
  },
  cy: {
    title: 'Protocol Guard',
    fixFailed: "Nid oedd modd gwneud y cywiriad hwnnw: {reason}. Gwnewch y newid eich hun, os gwelwch yn dda.",
    reportReady: "Mae eich adroddiad yn barod. Gwiriwch ef, yna anfonwch ef o'ch rhaglen e-bost.",
    reportOpen: "Agor yr adroddiad",
    notInOutlook: "Mae'r dudalen hon yn rhedeg y tu mewn i Outlook, wrth ymyl neges rydych yn ei hysgrifennu. Yma mae'n dangos beth mae'n ei wneud ar ddrafftiau'r cyngor enghreifftiol; i ysgrifennu eich neges eich hun, agorwch y maes chwarae.",
    openPlayground: 'Agor y maes chwarae',
    offlineTitle: 'Protocol Guard ar ddrafft enghreifftiol',
    offlineIntro: (council: string) => `Dewiswch ddrafft gan ${council}, y cyngor enghreifftiol, a gweld beth fyddai Protocol Guard yn ei ddweud wrth yr awdur. Mae'r cyfan yn rhedeg ar y cyfrifiadur hwn, hyd yn oed all-lein.`,
    offlineDraft: 'Drafft enghreifftiol',
    policyDefault: "Yn defnyddio'r rheolau sydd wedi'u cynnwys: nid oedd modd llwytho polisi eich cyngor.",
    partial: (reasons: string) => `Dim ond rhan o'r drafft hwn a wiriwyd (${reasons}). Efallai nad yw'r hyn a ddangosir yn bopeth.`,
    partialReasons: { 'body-too-long': "mae'n hirach nag y mae'r gwiriwr yn ei ddarllen", 'work-budget': "roedd angen mwy o waith nag a ganiateir i un gwiriad" },
    ruleFailed: (rules: string) => `Nid oedd modd rhedeg y gwiriadau hyn ar y drafft hwn: ${rules}. Rhowch wybod i'ch Swyddog Monitro, os gwelwch yn dda.`,
  },
};
