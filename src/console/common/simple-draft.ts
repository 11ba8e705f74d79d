/**
 * The test bench's typed draft is the shared form model in src/ui (the playground
 * uses the same one); these names are kept for the console's components.
 */
export { fieldsToMessage as simpleToMessage, messageToFields as messageToSimple, type DraftFields as SimpleDraft } from '../../ui/draft-fields';
