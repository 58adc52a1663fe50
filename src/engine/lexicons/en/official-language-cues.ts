// English words frequent in government posts and absent from French, to tell the language of a
// short line that has no function words ("Happy Franco-Ontarian Day!"). Accent-free lower case.
export const ENGLISH_CUES = (
  'happy day join learn read check apply now new free help get find visit today tomorrow tonight week weekend ' +
  'month year more info details register sign up here please stay safe keep watch see meet welcome congratulations ' +
  'proud announce announced announcing celebrate celebrating support supporting funding program programs ' +
  'service services services available open closed starting starts start ends deadline reminder update updates ' +
  'students workers families people community communities government province minister ministry news release ' +
  'jobs job fair health safety season summer winter spring fall holiday thank thanks ontarians everyone ' +
  // A picture's description has few function words ("[Alt text: three fire rangers standing beside a
  // red truck near Dryden]"): its prepositions, postures and colours tell its language.
  'alt text picture near beside behind under over between into onto through across around along ' +
  'above below inside outside standing holding sitting wearing smiling kneeling showing shows walking looking perched ' +
  'red blue green yellow white black grey gray pink purple brown two three four five seven eight nine ten'
).split(' ');
