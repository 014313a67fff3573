import type { AccountQuery, UpdateAccountInput } from 'src/gql/graphql';
import { AccountRelated } from 'src/modules/records/components/AccountRelated';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { EnumChip, Fact } from 'src/modules/records/components/RecordHeader';
import { RecordPage, type RecordKindDescription } from 'src/modules/records/components/RecordPage';
import { ACCOUNT_QUERY, UPDATE_ACCOUNT } from 'src/modules/records/graphql/records.documents';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { ACCOUNT_TIERS } from 'src/modules/records/utils/labels';
import { AccountSocialSnapshot } from 'src/modules/social/components/AccountSocialSnapshot';

const TIER_OPTIONS = enumOptions(ACCOUNT_TIERS);

export const ACCOUNT_PAGE: RecordKindDescription<AccountQuery, AccountQuery['account'], UpdateAccountInput> = {
  query: ACCOUNT_QUERY,
  update: UPDATE_ACCOUNT,
  record: (data) => data.account,
  kindLabel: () => 'Account',
  title: (account) => account.name,
  facts: (account) => (
    <>
      <Fact label="Tier">
        <EnumChip value={account.tier} />
      </Fact>
      <Fact label="Industry">{account.industry ?? '—'}</Fact>
      <Fact label="Owner">{account.owner.name}</Fact>
    </>
  ),
  controls: (account, save) => (
    <>
      <FieldSelect label="Tier" testId="tier-select" value={account.tier} options={TIER_OPTIONS} onChange={(tier) => save({ tier })} />
      <OwnerSelect owner={account.owner} onChange={(ownerId) => save({ ownerId })} />
    </>
  ),
  // Whether the account's feed rolls up its deals' and cases' activity is the server's call.
  related: (account) => [...account.deals, ...account.cases, ...account.documents].map((child) => child.id),
  // The account's own panels, between the header and the feed.
  panels: (account) => (
    <>
      <AccountRelated account={account} />
      <AccountSocialSnapshot accountId={account.id} />
    </>
  ),
};

export function AccountPage({ id }: { id: string }) {
  return <RecordPage id={id} kind={ACCOUNT_PAGE} />;
}
