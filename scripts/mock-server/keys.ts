/**
 * The mock server's four test API keys and what each may do, shaped like
 * Laravel Sanctum tokens ("<id>|<secret>"). Public fixtures: safe to print.
 */
export const MOCK_KEYS = {
  full: '1|demoFullAccessKey000000000000000000000000000000000', // ability '*'
  partner: '2|demoPartnerOnlyKey00000000000000000000000000000000', // ability 'partner'
  account: '3|demoAccountOnlyKey00000000000000000000000000000000', // ability 'account' only → 403 missing_ability partner
  revoked: '4|demoRevokedKey0000000000000000000000000000000000000', // → 401
} as const;

export type MockKeyName = keyof typeof MOCK_KEYS;

export interface KeyRecord {
  name: MockKeyName;
  id: string;
  secret: string;
  abilities: readonly string[];
  revoked: boolean;
}

const ABILITIES: Record<MockKeyName, { abilities: readonly string[]; revoked: boolean; note: string }> = {
  full: { abilities: ['*'], revoked: false, note: 'full access (*)' },
  partner: { abilities: ['partner'], revoked: false, note: 'partner program only' },
  account: { abilities: ['account'], revoked: false, note: 'account only → 403 missing_ability partner' },
  revoked: { abilities: ['*'], revoked: true, note: 'revoked → 401' },
};

export const KEY_RECORDS: readonly KeyRecord[] = (Object.keys(MOCK_KEYS) as MockKeyName[]).map((name) => {
  const [id = '', secret = ''] = MOCK_KEYS[name].split('|');
  return { name, id, secret, ...ABILITIES[name] };
});

/** One line per key for the CLI banner and docs. */
export function describeKey(name: MockKeyName): string {
  return ABILITIES[name].note;
}
