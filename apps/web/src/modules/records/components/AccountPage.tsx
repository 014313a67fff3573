import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { AccountRelated } from 'src/modules/records/components/AccountRelated';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { RecordFeed } from 'src/modules/records/components/RecordFeed';
import { EnumChip, Fact, RecordHeader } from 'src/modules/records/components/RecordHeader';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import { ACCOUNT_QUERY, UPDATE_ACCOUNT } from 'src/modules/records/graphql/records.documents';
import { useRecordLiveRefresh } from 'src/modules/records/hooks/useRecordLiveRefresh';
import { useRecordUpdate } from 'src/modules/records/hooks/useRecordUpdate';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { ACCOUNT_TIERS } from 'src/modules/records/utils/labels';
import { AccountSocialSnapshot } from 'src/modules/social/components/AccountSocialSnapshot';

const TIER_OPTIONS = enumOptions(ACCOUNT_TIERS);

export function AccountPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(ACCOUNT_QUERY, { variables: { id } });
  const account = data?.account;
  const childIds = useMemo(
    () =>
      account
        ? [...account.deals, ...account.cases, ...account.documents].map((child) => child.id)
        : [],
    [account],
  );

  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    // Whether the account's feed rolls up its deals' and cases' activity is the server's call:
    // for those, re-read the newest page instead of guessing.
    route: (item) =>
      item.subjectId === id ? 'show' : childIds.includes(item.subjectId) ? 'refill' : 'ignore',
  });
  const { save, error: saveError } = useRecordUpdate(UPDATE_ACCOUNT, id, () => void feed.refill());
  useRecordLiveRefresh([id, ...childIds], refetch);

  if (!account) return <RecordStatus error={error} onRetry={() => void refetch()} />;

  return (
    <div className="page page--record" data-testid="record-page" data-record-id={account.id}>
      <RecordHeader
        kindLabel="Account"
        title={account.name}
        visibility={account.visibility}
        followTarget={{ __typename: 'Account', id: account.id, isFollowedByMe: account.isFollowedByMe }}
        followersCount={account.followersCount}
        saveError={saveError}
        facts={
          <>
            <Fact label="Tier">
              <EnumChip value={account.tier} />
            </Fact>
            <Fact label="Industry">{account.industry ?? '—'}</Fact>
            <Fact label="Owner">{account.owner.name}</Fact>
          </>
        }
        controls={
          <>
            <FieldSelect
              label="Tier"
              testId="tier-select"
              value={account.tier}
              options={TIER_OPTIONS}
              onChange={(tier) => save({ tier })}
            />
            <OwnerSelect owner={account.owner} onChange={(ownerId) => save({ ownerId })} />
          </>
        }
      />
      <AccountRelated account={account} />
      <AccountSocialSnapshot accountId={account.id} />
      <RecordFeed subjectId={account.id} subjectName={account.name} feed={feed} />
    </div>
  );
}
