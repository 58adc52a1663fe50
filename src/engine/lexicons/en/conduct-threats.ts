// Threats and doxxing intent (WDHP: harassment; comment policies: no threats). These phrases
// are rarely innocent; the conduct/harassment rule still skips song lyrics and film quotes in
// quotation marks.

/** Threats and menacing phrases. */
export const THREATS_EN = [
  'i know where you live', 'i know where you work', 'we know where you live', 'we know where you work',
  'i know where he lives', 'i know where she lives', 'i know where they live', 'i know where your kids go to school',
  'i will find you', "i'll find you", "i'm coming for you", 'im coming for you', 'you better watch your back',
  "you'd better watch your back",
  'you will pay for this', "you'll pay for this", 'see you in the parking lot', 'wait till i find you',
  'wait until i find you', 'hope you die', 'i hope you die', 'hope he dies', 'hope she dies', 'hope they die', 'go die',
  'kill yourself', 'kys', 'go kill yourself', 'i will hurt you', "i'll hurt you",
  "i'm going to hurt you", 'i am going to hurt you', 'someone should shoot', 'someone should punch', 'someone should hit',
  'someone should kill', 'someone should beat', 'someone should slap', 'someone should hurt', 'someone should teach him a lesson',
  'someone should teach her a lesson', 'someone should teach them a lesson', 'someone should take care of him',
  'someone should take care of her', 'someone should deal with him', 'someone should deal with her', 'should be shot',
  'should be hanged', 'should be lynched', 'deserves to be shot', 'deserves to die', 'deserve to die', 'put a bullet in',
  'i hope you get cancer', 'hope you get cancer', 'hope you get hit by a bus', ];

/** Doxxing: exposing or hunting for someone's private details. */
export const DOXXING_EN = [
  "here's his address", "here's her address", "here's their address", 'here is his address', 'here is her address',
  'his home address is', 'her home address is', 'their home address is', "here's his number", "here's her number",
  'let\'s find out where he lives',
  "let's find out where she lives", 'find out where he lives', 'find out where she lives', 'find out where they live',
  'anyone know where he lives', 'anyone know where she lives', 'does anyone know where he lives',
  'does anyone know where she lives', 'dox him', 'dox her', 'dox them', 'doxx him', 'doxx her', 'doxx them', "let's dox",
  "let's doxx", 'show up at his house', 'show up at her house', 'show up at his door', 'show up at her door',
  ];
