import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const token = join('pypi-', 'AgEIcHlwaS5vcmc', 'CJD', rand(BASE64URL, 160));
  const test = join('pypi-', 'AgENdGVzdC5weXBpLm9yZw', 'IkN', rand(BASE64URL, 160));
  return {
    'pypi-upload-token': {
      truePositives: [
        { text: `[pypi]\n  username = __token__\n  password = ${token}\n`, secret: token, path: '.pypirc' },
        { text: `TWINE_PASSWORD=${token}`, secret: token },
        { text: `- uses: pypa/gh-action-pypi-publish@release/v1\n  with:\n    password: "${test}"`, secret: test },
        { text: `poetry config pypi-token.pypi ${token}`, secret: token },
      ],
      falsePositives: [
        { text: '    password: ${{ secrets.PYPI_API_TOKEN }}' },
        { text: '[pypi]\n  username = __token__\n  password = <your PyPI token>\n', path: '.pypirc' },
        { text: join('Tokens start with pypi-', 'AgEIcHlwaS5vcmc', ' and are far longer.') },
      ],
    },
  };
}
