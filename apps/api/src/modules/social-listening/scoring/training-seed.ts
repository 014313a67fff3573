import { MentionIntent } from '../../../common/graphql/enums';

export interface TrainingExample {
  text: string;
  intent: MentionIntent;
}

const C = MentionIntent.COMPLAINT;
const Q = MentionIntent.QUESTION;
const P = MentionIntent.PRAISE;
const O = MentionIntent.OTHER;

/**
 * What every install's classifier starts from, before agents correct anything. Written for this
 * purpose; the held-out test set (test/fixtures/social) is separate and never trained on.
 */
export const TRAINING_SEED: readonly TrainingExample[] = [
  { intent: C, text: 'Third time this week the dashboard will not open. Fix it please' },
  { intent: C, text: 'My invoice is wrong again and support keeps sending me in circles' },
  { intent: C, text: 'Terrible experience with the upgrade, everything got slower' },
  { intent: C, text: 'Your app logged me out and wiped my settings. Not happy' },
  { intent: C, text: 'Been on hold for an hour, this service is a joke' },
  { intent: C, text: 'The sync has been failing since yesterday and nobody cares' },
  { intent: C, text: 'Package arrived damaged and the replacement never came' },
  { intent: C, text: 'You billed my card after I cancelled. Give me my money back' },
  { intent: C, text: 'Export keeps timing out, I have a board meeting tomorrow' },
  { intent: C, text: 'Worst release ever, half the reports are blank' },
  { intent: C, text: 'Login page spins forever on every browser I try' },
  { intent: C, text: 'I reported this bug a month ago and it is still there' },
  { intent: C, text: 'Disappointed. The feature you promised is gone after the update' },
  { intent: C, text: 'Nobody from your team has replied to my ticket in five days' },
  { intent: C, text: 'The mobile app drains my battery and freezes constantly' },
  { intent: C, text: 'Data import corrupted our customer list, this is a disaster' },
  { intent: C, text: 'Your checkout rejected my card three times then charged it anyway' },
  { intent: C, text: 'Awful support chat, the agent closed the conversation on me' },
  { intent: C, text: 'Notifications stopped arriving after the last patch' },
  { intent: C, text: 'We pay for premium and the uptime is worse than the free tier' },
  { intent: Q, text: 'How do I add a second admin to our workspace' },
  { intent: Q, text: 'Is there a way to export the audit log as CSV' },
  { intent: Q, text: 'Does the enterprise plan include single sign on' },
  { intent: Q, text: 'When will the new reporting module be available in Europe' },
  { intent: Q, text: 'Can someone tell me where to find the API keys' },
  { intent: Q, text: 'What is the difference between the team and business plans' },
  { intent: Q, text: 'Any chance you support two factor with hardware keys' },
  { intent: Q, text: 'Which regions do you host customer data in' },
  { intent: Q, text: 'Could you point me to the docs for webhooks' },
  { intent: Q, text: 'Do you offer discounts for nonprofits' },
  { intent: Q, text: 'How long does onboarding usually take for a team of fifty' },
  { intent: Q, text: 'Is the mobile app available for tablets too' },
  { intent: Q, text: 'Where can I change the billing email on our account' },
  { intent: Q, text: 'Does anyone know if the integration works with Outlook' },
  { intent: Q, text: 'What time zone do the scheduled reports use' },
  { intent: Q, text: 'Can I move my license to a new laptop' },
  { intent: P, text: 'Huge thanks to the support team, solved in ten minutes' },
  { intent: P, text: 'Loving the new dashboard, so much cleaner' },
  { intent: P, text: 'Best onboarding I have had with any vendor, great job' },
  { intent: P, text: 'The latest update made our reports twice as fast, amazing work' },
  { intent: P, text: 'Shout out to Maria from customer success, she is brilliant' },
  { intent: P, text: 'Switched last month and our team is so happy with it' },
  { intent: P, text: 'Impressed by how quickly you shipped the feature we asked for' },
  { intent: P, text: 'Excellent service as always, thank you' },
  { intent: P, text: 'Really enjoying the new mobile app, smooth and fast' },
  { intent: P, text: 'Five stars, reliable product and friendly people' },
  { intent: P, text: 'Fantastic webinar today, learned a lot' },
  { intent: P, text: 'Our renewal was painless, kudos to the account team' },
  { intent: P, text: 'The new search is fantastic, finds everything instantly' },
  { intent: P, text: 'Great conference booth, lovely people and useful demos' },
  { intent: P, text: 'Thank you for the quick fix yesterday, you saved our launch' },
  { intent: P, text: 'Recommending you to every colleague I know, wonderful tool' },
  { intent: O, text: 'Heading to the user conference in Berlin next week' },
  { intent: O, text: 'Reading the quarterly report from the company' },
  { intent: O, text: 'Our team is hiring engineers, link in bio' },
  { intent: O, text: 'Live from the product keynote this morning' },
  { intent: O, text: 'New blog post about migrating our CRM data' },
  { intent: O, text: 'Watching the partner announcement stream' },
  { intent: O, text: 'Just renewed our subscription for another year' },
  { intent: O, text: 'Comparing a few vendors for our next project' },
  { intent: O, text: 'Slides from my talk on customer analytics are online' },
  { intent: O, text: 'Retweeting the release notes for the spring update' },
  { intent: O, text: 'Meeting the account team on Thursday' },
  { intent: O, text: 'Article about the acquisition in the business press' },
  { intent: O, text: 'Testing the trial version with my colleagues' },
  { intent: O, text: 'Office move this weekend, back online Monday' },
  { intent: O, text: 'Their booth is next to ours at the trade fair' },
  { intent: O, text: 'Podcast episode with their chief product officer' },
];
