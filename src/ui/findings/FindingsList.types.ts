import type { Finding, Fix, Lang } from '../../core/types';

/** Called when the user clicks a fix button. May be async; the card shows progress until it settles. */
export type ApplyFixHandler = (finding: Finding, fix: Fix, fixIndex: number) => void | Promise<void>;

/** Called when the user says a warning is wrong. */
export type ReportWrongHandler = (finding: Finding) => void;

export interface FindingCardProps {
  finding: Finding;
  lang: Lang;
  /** Omit to hide fix buttons (e.g. a surface that cannot change the message). */
  onApplyFix?: ApplyFixHandler;
  /** Omit to hide the "This warning is wrong" button. */
  onReportWrong?: ReportWrongHandler;
  /**
   * Whether this surface can carry a fix out. A fix it cannot (asking an officer to send it, in
   * the playground) is shown as a secondary action that explains what to do, never as the main one.
   */
  canApplyFix?: (fix: Fix) => boolean;
  /** Where focus goes after a fix: the list moves it to the next finding, or to the result. */
  onFixApplied?: () => void;
}

export interface FindingsListProps {
  findings: Finding[];
  lang: Lang;
  onApplyFix?: ApplyFixHandler;
  onReportWrong?: ReportWrongHandler;
  /** Shown instead of the groups while a check is running for the first time. */
  busy?: boolean;
  canApplyFix?: (fix: Fix) => boolean;
}
