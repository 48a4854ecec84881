import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// checkout-secret-key: (CHECKOUT_SECRET_KEY, and CKO_SECRET_KEY as Checkout's SDKs name it)
// https://www.checkout.com/docs/developer-resources/api/manage-api-keys
export const rules: Rule[] = [
  {
    id: 'checkout-secret-key',
    description: 'Checkout.com secret key (`sk_`, `sk_sbox_`) assigned to a Checkout setting',
    severity: 'critical',
    regex: assignedTo(
      '(?:checkout(?:[_.-]?com)?|\\bcko)[_.-]?(?:secret[_.-]?)?(?:api[_.-]?)?key',
      'sk_(?:sbox_|test_)?(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-z2-7]{26}[a-z2-7*#$=])',
      '(?:[^A-Za-z0-9*#$=_-]|$)',
    ),
    // Names, not the bare word: `checkout` is in every git script and shop front end.
    keywords: [
      'checkout_secret',
      'checkout-secret',
      'checkoutsecret',
      'checkout_key',
      'checkout-key',
      'checkoutkey',
      'checkout_api',
      'checkout-api',
      'checkoutapi',
      'checkout_com',
      'checkout-com',
      'checkoutcom',
      'checkout.com',
      'cko_secret',
      'cko-secret',
      'ckosecret',
      'cko_api',
      'cko-api',
    ],
    entropy: 3,
    tags: ['checkout', 'payments', 'api-key'],
  },
];
