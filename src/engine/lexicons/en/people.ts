// Words that point at a person other than the author: together with a sensitive fact or an
// identifier they make it personal information (FIPPA s. 2(1); shared reference "identifiers" §0.7).
export const PERSON_REFERENCES_EN = [
  'my client', 'a client', 'our client', 'the client', 'clients', 'client', 'my patient', 'a patient', 'the patient', 'patient',
  'an applicant', 'the applicant', 'applicant', 'a recipient', 'the recipient', 'a claimant', 'the claimant', 'claimant',
  'a constituent', 'constituent', 'a resident', 'a caller', 'the caller', 'a customer', 'the customer', 'a member of the public',
  'my colleague', 'a colleague', 'colleague', 'my coworker', 'a coworker', 'co-worker', 'my co-worker', 'my manager', 'my boss',
  'my director', 'my supervisor', 'my employee', 'my staff', 'a staff member', 'someone on my team', 'a student', 'a tenant',
  'a farmer', 'a visitor', 'a guy', 'a woman', 'a man', 'this lady', 'this guy', 'this woman', 'this man', 'a senior', 'a kid',
  'his', 'her', 'hers', 'their', 'he', 'she', 'him', 'they', 'them',
];

/** Possessive or "person noun" words that strengthen an identifier match. */
export const PERSON_BOOSTERS_EN = [
  'my client', 'client', 'patient', 'applicant', 'claimant', 'recipient', 'constituent', 'colleague', 'coworker', 'co-worker',
  'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'neighbour', 'neighbor', 'his', 'her', 'their', 'he', 'she',
];

/** Possessives addressed to the reader ("your file"): what follows is the reader's own, not the
 * author's employer's or a document's. */
export const READER_POSSESSIVES_EN = ['your'];
