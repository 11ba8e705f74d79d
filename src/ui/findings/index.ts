export { FindingsList } from './FindingsList';
export { FindingCard } from './FindingCard';
export { EvidenceList } from './EvidenceList';
export { SeverityBadge } from './SeverityBadge';
export { groupBySeverity, type SeverityGroup } from './group-by-severity';
export type { ApplyFixHandler, ReportWrongHandler, FindingCardProps, FindingsListProps } from './FindingsList.types';
