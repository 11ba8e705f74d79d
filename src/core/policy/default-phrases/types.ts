export interface DefaultList {
  en: string[];
  cy: string[];
}
export type DefaultLists = Record<string, DefaultList>;
