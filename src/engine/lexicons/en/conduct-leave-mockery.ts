// Mocking a colleague's sick or stress leave: "my coworker is off 'sick' again, we all know it's
// rehab lol", "on stress leave AGAIN. Must be nice." A colleague's health is theirs to share (the
// personal-info rules say so); sneering at it in public is disrespect the workplace harassment policy
// forbids. Each list alone is ordinary ("my colleague is on sick leave, get well soon!").

/** The people at work whose leave is talked about. */
export const COLLEAGUES_EN = [
  'coworker', "coworker's", 'coworkers', 'co-worker', "co-worker's", 'co-workers', 'colleague', "colleague's", 'colleagues',
  'teammate', 'my manager', 'my boss', 'my supervisor', 'my director', 'the new guy', 'the new girl', 'deskmate',
  'cubicle neighbour', 'cubicle neighbor', 'someone on my team', 'a guy on my team', 'a woman on my team',
];

/** Leave and health words. */
export const LEAVE_EN = [
  'stress leave', 'sick leave', 'medical leave', 'mental health leave', 'disability leave', 'on leave', 'off sick',
  'out sick', 'home sick', 'called in sick', 'calls in sick', 'calling in sick', 'sick day', 'sick days', 'burnout',
  'burn-out', 'burned out', 'burnt out', 'rehab', 'short-term disability', 'long-term disability',
];

/** What makes the mention a sneer, not news: doubt, envy, the eye-roll said in words. */
export const LEAVE_SNEERS_EN = [
  'must be nice', 'yeah right', 'sure jan', 'how convenient', 'conveniently', 'we all know', 'everyone knows', 'so-called',
  'supposedly', 'allegedly', 'faking', 'faking it', 'fake', 'paid vacation', 'free vacation', 'nice vacation',
  'living the dream', 'the life', 'my eye', 'riiight', 'right, sure', 'if you believe that',
];
