// Party leaders (federal and Ontario) as a snapshot, with a few recent ones whose names still carry
// a party. Names go stale: keep this list short, full names only (a surname alone is often someone
// else; "Ford" is a car), and update it after leadership races. Names are the same in French.
export const LEADER_NAMES = [
  'Doug Ford', 'Marit Stiles', 'Bonnie Crombie', 'Mike Schreiner', 'Mark Carney', 'Pierre Poilievre',
  'Jagmeet Singh', 'Don Davies', 'Yves-François Blanchet', 'Elizabeth May', 'Jonathan Pedneault', 'Maxime Bernier',
  'Justin Trudeau', 'Steven Del Duca', 'Andrea Horwath', 'Kathleen Wynne', 'Erin O\'Toole', 'Andrew Scheer',
  // Surnames distinctive enough alone.
  'Poilievre', 'Trudeau', 'Crombie', 'Horwath', 'Wynne', 'Carney',
  // Movements and slogans built on a leader's name.
  'Ford Nation', 'Ford Conservatives', "Ford's PCs", "Ford's Conservatives", 'Ford PCs', 'Ford Tories',
];

/** Words that make a leader's surname a place or something else ("Trudeau airport"). */
export const LEADER_TRAPS = ['airport', 'aéroport', 'aeroport', 'international', 'foundation', 'fondation'];

/** Hashtag and handle bodies for leaders (lower case, underscores removed); "#Ford" alone is a car. */
export const LEADER_TAGS = [
  'dougford', 'fordnation', 'premierford', 'maritstiles', 'bonniecrombie', 'crombie', 'mikeschreiner', 'markcarney',
  'carney', 'pierrepoilievre', 'poilievre', 'jagmeetsingh', 'theJagmeetSingh', 'justintrudeau', 'trudeau', 'blanchet',
  'yfblanchet', 'elizabethmay', 'maximebernier', 'pmcarney',
].map((t) => t.toLowerCase());
