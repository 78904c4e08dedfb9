/**
 * Why a provision has nothing to compute. Keys as in traceability.ts (`9`, `9(ث)`,
 * `17 note 1`); `N*` covers an article and every part of it that has no code of its own.
 */
export const NOTHING_TO_COMPUTE: Readonly<Record<string, string>> = {
  '1*': 'definitions: the vocabulary the other articles use (Art. 1(ژ), judicial costs, is read by the fee rules)',
  '2*': 'states who may use the offices and the portal; no condition or number',
  '3 note 5': "a duty of the Center (electronic enquiry of documents' authenticity); nothing to compute",
  '5*': 'a duty of other bodies to send results through the system; nothing to compute',
  '6*': "a duty of the judicial police; nothing the offices' rules compute",
  '15*': "the Services Deputy's tasks; duties, no conditions or numbers",
  '16*': 'cooperation between the Services Deputy, provinces and the Association; no rule to compute',
  '20*': "the Center's duty to build a complaints channel; nothing to compute",
  '21*': 'where complaints are heard (the first-instance board); the disciplinary functions assume it',
  '46*': "the Association's statute governs it; outside this regulation",
  '48*': 'a power of the Center to license new electronic services; nothing to compute',
  '50*': 'a power of the Center for services abroad; nothing to compute',
  '51*': 'a duty of cooperation; nothing to compute',
  '52*': "the Center's responsibility for security and access; nothing to compute",
  '54*': 'repeals the 1396 regulation and records the approval (54 articles, 8 notes, checked by the text tests)',
};
