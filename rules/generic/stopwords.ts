// Words that give a generic value away as prose, a project or resource name, or a made-up
// example (`my-app-token-2019`, `deploy_key_for_staging`). In the spirit of gitleaks' stopword
// list (itself mined from repository names) but matched as whole word pieces of the value,
// not as substrings: a random key that happens to contain `data` mid-run is still reported.

const WORDS = `
about access account action active adapter address admin agent alert alpha amazon android
angular animation ansible apache apple archive array article asset async audio audit auth
author auto automatic awesome azure backend backup badge banner basic batch beta better binary
binding block blog board book boost boot bootstrap bot bower branch bridge browser buffer bug
build builder bundle button cache calendar call camera captcha card case cat category center
change changelog channel chart chat check checker chrome class classic clean cli client clone
cloud cluster cms code coffee color command comment commit common community compiler
component composer config connect connector console contact container content context
control cookie copy core count counter course create creator credential cron crud css csv
custom daemon dashboard data database date debug default demo deploy deployment design
desktop detector dev device diff digital directory discord display django doc docker
document domain download draft driver dropbox dummy dynamic easy editor email embed engine
entry env error event example exchange export extension external facebook factory fake
feature feed field file filter finder firebase first fix flask flow folder font form
format forum foo bar baz framework free frontend function game gateway generator generic
github gitlab global go golang google gradle graph group guide handler hash hello help
helper hidden home hook host html http icon image import index info input install
instance internal issue item java javascript jenkins job json kafka key kubernetes label
lambda language laravel latest layout learn legacy lib library license line link linux
list loader local lock log logger login lorem ipsum mail main manager manual map master
media memory menu message meta method metrics migration mobile mock model module mongo
monitor music mysql name native network new next nginx node note notification number oauth
object official old open option oracle order output package page panel parser password
path pattern payment php pipeline placeholder platform player plugin policy pool portal
post postgres preview private product production profile project proxy public pull push
python query queue random react reader readme redis registry release remote replace
report repo request resource response rest review role route router ruby rule runner
sample sandbox scanner schema script sdk search secret secure security server service
session setting settings setup shared shell shop simple site slack slug snapshot socket
source spring sql stack staging standard start state static status storage store stream
string style sample support swift sync system table tag target task team template temp
terraform test testing text theme token tool tracker tutorial type ui update upload url
user util utility value vault version video view web webhook website widget wiki window
word worker workflow wrapper yaml your mine our their demo changeme replace insert
my me we us it its is be to of in on at by for and or not no yes the this that api app key
dev prod stg qa uat abc xyz foo bar baz qux tmp id db sa pw
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

function isWord(piece: string): boolean {
  return STOPWORDS.has(piece) || (piece.length >= 5 && piece.endsWith('s') && STOPWORDS.has(piece.slice(0, -1)));
}

/**
 * True when `value` reads as words: one word piece of four letters or more is a stopword, or
 * the value is mostly letters and every piece of two letters or more is a word. Pieces are runs of letters split at case changes
 * (`myAppSecret` → my, app, secret). Short pieces only count together because random keys
 * are full of three-letter runs that happen to spell something.
 */
export function hasStopword(value: string): boolean {
  const pieces = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((p) => p.length >= 2);
  if (pieces.some((p) => p.length >= 4 && isWord(p))) return true;
  const letters = pieces.reduce((n, p) => n + p.length, 0);
  return pieces.length >= 2 && letters * 2 >= value.length && pieces.every(isWord);
}
