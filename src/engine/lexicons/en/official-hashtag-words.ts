// Common English words of government hashtags, to tell a multi-word hashtag (#ontariojobsfair)
// from a single word (#agriculture). Compounds usually written as one word are listed whole, so
// that #wildfire is not split into "wild" + "fire". Accent-free lower case.
export const HASHTAG_WORDS_EN = (
  // places and public bodies
  'ontario ontarian ontarians toronto ottawa canada canadian canadians hamilton london sudbury thunder bay kingston ' +
  'windsor niagara waterloo barrie guelph timmins kenora muskoka algonquin north northern south southern east eastern ' +
  'west western gta province provincial federal city cities town towns village rural urban region regional county ' +
  'community communities local global world national international nation nations first indigenous metis inuit ' +
  // people
  'people person youth young kids kid child children family families parent parents mom moms dad dads women woman ' +
  'men man girls boys seniors senior elders elder students student teacher teachers nurse nurses doctor doctors ' +
  'patient patients worker workers farmer farmers newcomer newcomers veteran veterans volunteer volunteers ' +
  'hero heroes leader leaders team teams staff public citizen citizens neighbour neighbours friends friend ' +
  // work and economy
  'job jobs work working workers workplace career careers hire hiring employment skills skilled trade trades ' +
  'training apprentice apprenticeship apprenticeships business businesses small economy economic invest investment ' +
  'investing tax taxes budget money fair fairs expo market markets industry manufacturing mining forestry energy ' +
  'power hydro electricity innovation technology tech digital data open service services online government gov ' +
  'program programs grant grants funding fund support help helping infrastructure transit transport transportation ' +
  'road roads highway highways bridge bridges rail train trains bus buses bike cycling walk walking ' +
  // health and safety
  'health healthy healthcare care mental wellness wellbeing hospital hospitals clinic vaccine vaccines vaccination ' +
  'flu shot covid test testing safety safe safer secure security emergency emergencies alert alerts ready prepared ' +
  'preparedness prevention prevent awareness fire fires wildfire wildfires smoke flood floods flooding storm storms ' +
  'weather heat cold winter summer spring fall autumn ice snow water drinking drowning boating boat police ' +
  'crime fraud scam scams drive driving driver drivers distracted impaired speed speeding seatbelt road ' +
  // environment and land
  'climate change environment environmental nature natural green clean air land farm farms farming farmland ' +
  'agriculture agri food foods grow grown growing harvest crop crops soil soils livestock dairy beef pork chicken ' +
  'eggs apple apples fruit vegetables fish fishing hunt hunting wildlife forest forests tree trees plant plants ' +
  'park parks trail trails lake lakes river rivers great outdoors camping species invasive bee bees pollinator ' +
  'pollinators bird birds waste recycling recycle reduce reuse conservation ' +
  // society and culture
  'history heritage black pride culture cultural arts art music sport sports games play reading read library ' +
  'libraries learn learning education school schools college colleges university universities science research ' +
  'french francophone english language languages accessibility accessible access disability disabilities ' +
  'inclusion inclusive equity diversity human rights housing home homes homeless affordable rent renters ' +
  'long term child childcare daycare poverty seniors aging tourism travel visit discover explore adventure ' +
  // time
  'day days week weeks month months year years today tonight tomorrow weekend morning night holiday holidays ' +
  'new news update updates launch now soon live event events season ' +
  // common words
  'happy proud together strong stronger better best good great big more first thank thanks you your we our us ' +
  'my me all every everyone get go do be make take keep stay know plan ready get join share ask vote tips ' +
  'fact facts story stories life love world future forward hope kind clean matters counts ' +
  'buy eat shop drink run ride talk lets earth mothers fathers foodland wildfire smart hot cool fun free ' +
  'on in of to for and the at by up is it an or no with from'
).split(' ');
