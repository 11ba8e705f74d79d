/**
 * The words that tell a footer, a signature or a pasted cutting from the author's own text.
 * Language data, English and Welsh, folded (lower case, no diacritics).
 */

/** Two of these in one paragraph make it a disclaimer or legal footer. */
export const DISCLAIMER_CUES = [
  'intended recipient', 'intended only for', 'intended solely', 'intended for the use', 'if you have received this',
  'if you are not the', 'received this email in error', 'received this e-mail in error', 'received this message in error',
  'in error', 'notify the sender', 'notify us', 'privileged', 'disclaimer', 'unauthorised', 'unauthorized', 'views expressed',
  'do not necessarily', 'virus', 'viruses', 'monitored', 'freedom of information', 'legally', 'prohibited', 'delete it',
  'delete this', 'dissemination', 'this email and any', 'this e-mail and any', 'this message and any', 'attachments',
  'recorded', 'for the attention of the addressee', 'confidentiality notice', 'accept no liability', 'no liability',
  'we welcome correspondence in welsh', 'welcome correspondence in welsh', 'will not lead to a delay',
  'ymwadiad', 'derbynnydd', 'os ydych wedi derbyn', 'mewn camgymeriad', 'hysbysu', 'dileu', 'firws', 'firysau',
  // "eu monitro" (be monitored) and "yn gyfreithiol" (legally), as 'monitored' and 'legally' above: bare "monitro"
  // and "cyfreithiol" are also the Swyddog Monitro, an adroddiad monitro and Gwasanaethau Cyfreithiol, which a
  // member's or officer's own paragraph names all the time, and two of them made the paragraph a footer.
  'eu monitro', 'rhyddid gwybodaeth', "mae'r e-bost hwn", "mae'r neges hon", 'croesawu gohebiaeth', 'yn gymraeg',
  'ni fydd gohebu', 'arwain at oedi', 'atodiadau', 'yn gyfreithiol',
];

/** A paragraph opening with one of these is a footer on one cue alone. */
export const DISCLAIMER_OPENERS = ['disclaimer', 'confidentiality notice', 'legal notice', 'email disclaimer', 'ymwadiad', 'rhybudd cyfrinachedd', 'hysbysiad cyfreithiol'];

/** A line that is only one of these (and perhaps a name) closes the author's text. */
export const SIGN_OFFS = [
  'regards', 'kind regards', 'best regards', 'warm regards', 'warmest regards', 'many thanks', 'thanks', 'thank you',
  'thanks again', 'best wishes', 'best', 'cheers', 'yours sincerely', 'yours faithfully', 'yours', 'yours truly',
  'all the best', 'sincerely', 'respectfully', 'with thanks', 'with best wishes', 'kind wishes', 'rgds', 'ta',
  'diolch', 'diolch yn fawr', 'diolch yn fawr iawn', 'cofion', 'cofion gorau', 'cofion cynnes', 'yn gywir',
  'yr eiddoch yn gywir', 'yr eiddoch', 'gyda diolch', 'gyda chofion', 'hwyl', 'hwyl fawr', 'pob dymuniad da',
];

/** Lines of a contact block under a name. */
export const CONTACT_CUES = ['tel', 'phone', 'mobile', 'mob', 'ffon', 'symudol', 'email', 'e-mail', 'e-bost', 'www', 'http', 'fax', 'ext', 'direct line', 'llinell uniongyrchol'];

/** News agencies and the words of a dateline or a masthead. */
export const NEWS_SOURCES = ['reuters', 'ap', 'associated press', 'pa', 'press association', 'dow jones', 'bloomberg', 'afp', 'upi', 'knight ridder', 'pa media'];
