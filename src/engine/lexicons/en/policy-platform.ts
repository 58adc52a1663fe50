// What party platforms promise about, in words a post uses (English): with the author's ministry job
// and a party stance in the same post, the comment is on a matter tied to their duties.
export const PLATFORM_SUBJECTS_EN = [
  'class sizes', 'class size', 'classrooms', 'our schools', 'public schools', 'schools', 'teachers', 'curriculum',
  'hospitals', 'hospital', 'wait times', 'wait lists', 'waitlists', 'hallway medicine', 'health care', 'healthcare',
  'family doctors', 'long-term care', 'long term care', 'home care', 'child care', 'childcare', 'daycare', 'autism program',
  'housing', 'affordable housing', 'rent control', 'transit', 'highways', 'highway 413', 'the greenbelt', 'greenbelt',
  'odsp', 'ontario works', 'social assistance', 'disability support', 'minimum wage', 'tuition', 'colleges',
  'universities', 'drainage', 'farmers', 'farm', 'mining', 'the ring of fire', 'ring of fire', 'forestry', 'hydro rates',
  'gas tax', 'carbon tax', 'public service', 'civil service', 'francophone services', 'french-language services',
];
