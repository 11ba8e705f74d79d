/**
 * The shared Fluent UI v9 component library. Components take data and callbacks as props and
 * never import a host SDK (Office.js, Teams JS), so the Outlook pane, the playground and the
 * Teams tab all render the same findings the same way.
 */
export * from './findings';
export { LanguageSwitch, type LanguageSwitchProps } from './language/LanguageSwitch';
export { SendAnywayForm, type SendAnywayFormProps } from './actions/SendAnywayForm';
export { ReportWrongForm, type ReportWrongFormProps } from './actions/ReportWrongForm';
export { makeReport, reportMailto, reportText, type WrongWarningReport } from './actions/report';
export { SendOutcome, RecordNote, type SendOutcomeProps } from './decision/SendOutcome';
export { recordSentence, type RecordForSentence } from './decision/record-sentence';
export { UI_STRINGS, uiStrings, type UiStrings } from './i18n/strings';
export { langFromLocale } from './i18n/language';
export { themeForBackground, isDark } from './theme/theme';
