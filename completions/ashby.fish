# fish completion for ashby. Generated from the command tree by scripts/gen-completions.mjs
# (or `ashby completion fish`): do not edit. Install: `ashby completion --help`.
# Commands, flags and enum values are in this file; live values (jobs, stages, users, ...) and
# --fields names come from `ashby __complete` (protocol: src/completion/main.ts).

# Subcommands of a command path, with descriptions.
function __ashby_kids
    switch $argv[1]
        case ''
            printf '%s\t%s\n' auth 'Log in, show and switch API key profiles' api 'Call any Ashby endpoint with a JSON body built from fields' commands 'List every command with the endpoint it calls (--json for the full tree)' feedback 'Submit interview feedback (scorecards) on applications' sandbox 'Run or reset the offline sandbox organisation' sync 'Copy Ashby into the local mirror (SQLite), or bring it up to date' sql 'Query the local mirror with SQL (read-only)' search 'Full-text search over the local mirror: candidates, applications and notes' pipeline 'Open jobs by stage: how many applications are in each stage now' funnel 'Stage-to-stage conversion, by source or by job' stale 'Active applications that have sat in their stage for N days or more' time-in-stage 'How long applications stay in each stage: median and 90th percentile' mcp 'Serve Ashby to AI assistants as an MCP server on stdio (tools for every endpoint and the workflows)' completion 'Print the shell completion script for bash, zsh or fish' doctor 'Check the setup: Node, config, keychain, API key and its reach, local mirror, shell completion' api-key 'Inspect the API key in use' apiKey 'Inspect the API key in use' application 'Applications: a candidate in a job\'s pipeline' app 'Applications: a candidate in a job\'s pipeline' apps 'Applications: a candidate in a job\'s pipeline' application-feedback 'Interview feedback (scorecards) on applications' applicationFeedback 'Interview feedback (scorecards) on applications' feedback-api 'Interview feedback (scorecards) on applications' application-feedback-request 'Ask interviewers for feedback without scheduling' applicationFeedbackRequest 'Ask interviewers for feedback without scheduling' application-form 'Submit job application forms' applicationForm 'Submit job application forms' application-hiring-team-role 'Roles a hiring team member can hold on an application' applicationHiringTeamRole 'Roles a hiring team member can hold on an application' approval 'Approval processes for offers, jobs and openings' approval-definition 'Approval chains (who must approve what)' approvalDefinition 'Approval chains (who must approve what)' archive-reason 'Reasons for archiving applications' archiveReason 'Reasons for archiving applications' audit-log 'The organisation\'s audit log: who changed what, and when' auditLog 'The organisation\'s audit log: who changed what, and when' audit 'The organisation\'s audit log: who changed what, and when' assessment 'Assessment results pushed by partner integrations' brand 'Employer brands used on job boards' candidate 'Candidates: people, their files, notes, tags and projects' cand 'Candidates: people, their files, notes, tags and projects' candidates 'Candidates: people, their files, notes, tags and projects' candidate-tag 'Tags for labelling candidates' candidateTag 'Tags for labelling candidates' tag 'Tags for labelling candidates' tags 'Tags for labelling candidates' close-reason 'Reasons for closing jobs and openings' closeReason 'Reasons for closing jobs and openings' communication-template 'Email templates for candidate communication' communicationTemplate 'Email templates for candidate communication' custom-field 'Custom field definitions and values' customField 'Custom field definitions and values' department 'Departments and teams' email-sender 'Addresses a user may send sourcing emails from' emailSender 'Addresses a user may send sourcing emails from' feedback-form-definition 'Feedback (scorecard) form definitions' feedbackFormDefinition 'Feedback (scorecard) form definitions' file 'Files stored in Ashby (resumes, attachments)' hiring-team 'Hiring team members on jobs, openings and applications' hiringTeam 'Hiring team members on jobs, openings and applications' hiring-team-role 'Roles on a hiring team (recruiter, hiring manager, ...)' hiringTeamRole 'Roles on a hiring team (recruiter, hiring manager, ...)' interview 'Interview types' interview-briefing 'Interviewer briefings for scheduled interviews' interviewBriefing 'Interviewer briefings for scheduled interviews' interview-event 'Individual interview events within schedules' interviewEvent 'Individual interview events within schedules' interview-plan 'Interview plans (the stages a job\'s candidates move through)' interviewPlan 'Interview plans (the stages a job\'s candidates move through)' interview-schedule 'Scheduled interviews for applications' interviewSchedule 'Scheduled interviews for applications' schedule 'Scheduled interviews for applications' interview-stage 'Stages of an interview plan' interviewStage 'Stages of an interview plan' interview-stage-group 'Groups of interview stages (Lead, Active, Offer, Hired, ...)' interviewStageGroup 'Groups of interview stages (Lead, Active, Offer, Hired, ...)' interviewer-pool 'Pools of trained interviewers' interviewerPool 'Pools of trained interviewers' job 'Jobs (requisitions candidates apply to)' jobs 'Jobs (requisitions candidates apply to)' job-board 'Job boards where postings are published' jobBoard 'Job boards where postings are published' job-interview-plan 'The interview plan attached to a job' jobInterviewPlan 'The interview plan attached to a job' job-posting 'Public job postings' jobPosting 'Public job postings' posting 'Public job postings' job-template 'Templates for new jobs' jobTemplate 'Templates for new jobs' location 'Office locations and their hierarchy' notetaker-transcript 'Transcripts from the AI notetaker' notetakerTranscript 'Transcripts from the AI notetaker' offer 'Offers and their versions' offer-process 'The offer process of an application' offerProcess 'The offer process of an application' opening 'Openings (headcount) and their jobs' project 'Sourcing projects' referral 'Candidate referrals' referral-form 'The referral form definition' referralForm 'The referral form definition' report 'Run saved reports' sequence 'Sourcing sequences: timed emails to a candidate' sequence-template 'Reusable templates for sourcing sequences' sequenceTemplate 'Reusable templates for sourcing sequences' source 'Candidate sources' source-tracking-link 'Tracking links that attribute candidates to sources' sourceTrackingLink 'Tracking links that attribute candidates to sources' survey-form-definition 'Survey form definitions' surveyFormDefinition 'Survey form definitions' survey-request 'Survey requests sent to candidates' surveyRequest 'Survey requests sent to candidates' survey-submission 'Survey responses from candidates' surveySubmission 'Survey responses from candidates' take-home-assignment 'Take-home assignments given to candidates' takeHomeAssignment 'Take-home assignments given to candidates' user 'Users of the Ashby organisation (recruiters, interviewers, ...)' users 'Users of the Ashby organisation (recruiters, interviewers, ...)' version 'Versions of the Ashby API and their status (ashby\'s own: ashby --version)' webhook 'Webhook subscriptions, a local listener and test deliveries' environment 'Environment variables that ashby reads' exit-codes 'What each exit status means'
        case auth
            printf '%s\t%s\n' login 'Store an API key for a profile after checking it with apiKey.info' status 'Show the active profile, where its key comes from, and the key\'s scopes' logout 'Forget the stored key of a profile' switch 'Make another stored profile the active one'
        case feedback
            printf '%s\t%s\n' submit 'Fill in a feedback form for an application and submit it'
        case sandbox
            printf '%s\t%s\n' serve 'Serve a sandbox organisation over HTTP until interrupted; prints its base URL first' reset 'Start the --sandbox organisation over from its seed (all changes are lost)' stats 'Show what the --sandbox organisation holds: seed, size and changes made'
        case api-key
            printf '%s\t%s\n' info 'Show the API key in use: its title, creation date and scopes' whoami 'Show the API key in use: its title, creation date and scopes' show 'Show the API key in use: its title, creation date and scopes' get 'Show the API key in use: its title, creation date and scopes'
        case application
            printf '%s\t%s\n' add-hiring-team-member 'Put a user on an application\'s hiring team in a given role' change-source 'Credit an application to another source' change-stage 'Move an application to another interview stage (an archived stage needs a reason)' move 'Move an application to another interview stage (an archived stage needs a reason)' create 'Apply a candidate to a job, optionally at a given stage and source' delete-raw 'Delete an application for good (Ashby cannot undo it) (the bare endpoint; `delete` is the hand-made command)' info 'Show one application with its candidate, job and current stage' show 'Show one application with its candidate, job and current stage' get 'Show one application with its candidate, job and current stage' list 'List applications, optionally only for one job or status' ls 'List applications, optionally only for one job or status' list-criteria-evaluations 'List the criteria evaluations recorded for an application' list-history 'List the stages an application went through, with dates' history 'List the stages an application went through, with dates' remove-hiring-team-member 'Take a user off an application\'s hiring team' transfer-raw 'Move an application to another job, interview plan and stage (by ids) (the bare endpoint; `transfer` is the hand-made command)' update 'Change an application\'s source, credited user or creation time' update-history 'Rewrite when an application entered each stage' archive 'Archive applications with a reason, optionally emailing the candidates' stage 'Move an application to a stage of its interview plan, by stage name' hire 'Mark an application as hired (moves it to its plan\'s Hired stage)' transfer 'Move an application to another job (into a stage of that job\'s plan)' view 'One application on one screen: candidate, job, stage, days in stage, source, Ashby link' delete 'Delete an application for good (Ashby cannot undo it; the candidate stays)'
        case application-feedback
            printf '%s\t%s\n' list 'List submitted interview feedback, optionally for one application' ls 'List submitted interview feedback, optionally for one application' submit 'Submit a filled-in feedback form for an application (form values as JSON)'
        case application-feedback-request
            printf '%s\t%s\n' create 'Ask an interviewer for feedback on an application without scheduling an interview'
        case application-form
            printf '%s\t%s\n' submit 'Submit a job application form on a candidate\'s behalf (answers as JSON)'
        case application-hiring-team-role
            printf '%s\t%s\n' list 'List the roles a hiring team member can hold on an application' ls 'List the roles a hiring team member can hold on an application'
        case approval
            printf '%s\t%s\n' list 'List approvals of offers, jobs and openings with their steps' ls 'List approvals of offers, jobs and openings with their steps'
        case approval-definition
            printf '%s\t%s\n' update 'Replace the approval steps an entity must pass (steps as JSON)'
        case archive-reason
            printf '%s\t%s\n' list 'List the reasons available for archiving applications' ls 'List the reasons available for archiving applications'
        case audit-log
            printf '%s\t%s\n' list-raw 'List audit log entries, newest first (the last day unless dates are given) (the bare endpoint; `list` is the hand-made command)' ls 'List audit log entries, newest first (the last day unless dates are given) (the bare endpoint; `list` is the hand-made command)' list 'List audit log entries, newest first: the last day unless --since says otherwise'
        case assessment
            printf '%s\t%s\n' add-completed-to-candidate 'Record a finished assessment and its result on a candidate' update 'Report progress or results of an assessment that is under way'
        case brand
            printf '%s\t%s\n' list 'List the employer brands used on job boards' ls 'List the employer brands used on job boards'
        case candidate
            printf '%s\t%s\n' add-email-message 'Log an email exchanged with a candidate on their activity feed' add-project 'Add a candidate to a sourcing project' add-tag 'Label a candidate with a tag' tag 'Label a candidate with a tag' anonymize 'Erase a candidate\'s personal data for good' create 'Create a candidate from a name and optional contact details' new 'Create a candidate from a name and optional contact details' create-note 'Add a note (plain text, or HTML as JSON) to a candidate' note 'Add a note (plain text, or HTML as JSON) to a candidate' info 'Show one candidate by id (or --external-mapping-id)' show 'Show one candidate by id (or --external-mapping-id)' get 'Show one candidate by id (or --external-mapping-id)' list 'List candidates: one page by default, --all for every one' ls 'List candidates: one page by default, --all for every one' list-client-info 'List the IP addresses and browsers seen on a candidate\'s submissions' list-fraud-checks 'List the fraud checks run on a candidate' list-notes 'List the notes on a candidate' notes 'List the notes on a candidate' list-projects 'List the sourcing projects a candidate belongs to' push-to-hris-raw 'Send a hired candidate to an HR system (a repeat may create a second employee) (the bare endpoint; `push-to-hris` is the hand-made command)' remove-project 'Take a candidate out of a sourcing project' remove-tag 'Take a tag off a candidate' untag 'Take a tag off a candidate' search 'Find candidates by email address or name' find 'Find candidates by email address or name' set-fraud-status 'Mark a candidate as fraudulent, not fraudulent or unsure' update 'Change a candidate\'s name, contact details, links, source or location' upload-file-raw 'Attach an already uploaded file (by its handle) to a candidate (the bare endpoint; `upload-file` is the hand-made command)' upload-resume-raw 'Set a candidate\'s resume from an already uploaded file handle (the bare endpoint; `upload-resume` is the hand-made command)' add 'Add a candidate: create, upload a resume, apply to a job, tag and note in one step' view 'Everything about a candidate on one screen: applications, interviews, feedback, notes, files' upload-resume 'Upload a resume from disk and set it as the candidate\'s resume (Ashby parses it)' upload-file 'Upload a file from disk and attach it to the candidate (portfolio, references, ...)' push-hris 'Send a hired candidate to an HR system (once: a repeat creates a second employee)' push-to-hris 'Send a hired candidate to an HR system (once: a repeat creates a second employee)'
        case candidate-tag
            printf '%s\t%s\n' archive 'Archive a tag so that it can no longer be applied' create 'Create a candidate tag' list 'List candidate tags' ls 'List candidate tags'
        case close-reason
            printf '%s\t%s\n' list 'List the reasons available for closing jobs and openings' ls 'List the reasons available for closing jobs and openings'
        case communication-template
            printf '%s\t%s\n' list 'List the email templates for messages to candidates' ls 'List the email templates for messages to candidates'
        case custom-field
            printf '%s\t%s\n' create 'Define a new custom field on applications, candidates, jobs, openings, ...' info 'Show one custom field definition' show 'Show one custom field definition' get 'Show one custom field definition' list 'List custom field definitions' ls 'List custom field definitions' set-value 'Set one custom field on an application, candidate, job or opening' set-values 'Set several custom fields on one object at once' update-selectable-values 'Replace the options of a select or multi-select custom field'
        case department
            printf '%s\t%s\n' archive 'Archive a department' create 'Create a department, optionally inside another' info 'Show one department' show 'Show one department' get 'Show one department' list 'List departments and teams' ls 'List departments and teams' move 'Move a department under another parent, or to the top level' restore 'Bring back an archived department' update 'Rename a department or change its external name or extra data'
        case email-sender
            printf '%s\t%s\n' list 'List the addresses the acting user may send sourcing emails from' ls 'List the addresses the acting user may send sourcing emails from'
        case feedback-form-definition
            printf '%s\t%s\n' info 'Show one feedback form with its fields' show 'Show one feedback form with its fields' get 'Show one feedback form with its fields' list 'List feedback (scorecard) forms' ls 'List feedback (scorecard) forms'
        case file
            printf '%s\t%s\n' create-file-upload-handle 'Reserve an upload URL and a handle for a file you are about to upload' info 'Get a short-lived download URL for a stored file' show 'Get a short-lived download URL for a stored file' get 'Get a short-lived download URL for a stored file' download 'Download a stored file (a resume, an offer letter, ...) by its handle'
        case hiring-team
            printf '%s\t%s\n' add-member 'Add a user in a role to the hiring team of a job, opening or application' remove-member 'Remove a user from the hiring team of a job, opening or application'
        case hiring-team-role
            printf '%s\t%s\n' list 'List the roles hiring team members can hold' ls 'List the roles hiring team members can hold'
        case interview
            printf '%s\t%s\n' info 'Show one interview type with its instructions' show 'Show one interview type with its instructions' get 'Show one interview type with its instructions' list 'List interview types' ls 'List interview types' schedule 'Schedule an interview for an application with interviewers and a time'
        case interview-briefing
            printf '%s\t%s\n' info 'Show the briefing interviewers get for a scheduled interview event' show 'Show the briefing interviewers get for a scheduled interview event' get 'Show the briefing interviewers get for a scheduled interview event'
        case interview-event
            printf '%s\t%s\n' list 'List the individual interviews of an interview schedule' ls 'List the individual interviews of an interview schedule'
        case interview-plan
            printf '%s\t%s\n' list 'List interview plans' ls 'List interview plans'
        case interview-schedule
            printf '%s\t%s\n' cancel 'Cancel a scheduled interview' create 'Schedule interviews for an application (events as JSON)' list 'List interview schedules, optionally for one application or stage' ls 'List interview schedules, optionally for one application or stage' update 'Change, add or cancel the events of an interview schedule'
        case interview-stage
            printf '%s\t%s\n' info 'Show one interview stage' show 'Show one interview stage' get 'Show one interview stage' list 'List the stages of an interview plan, in order' ls 'List the stages of an interview plan, in order'
        case interview-stage-group
            printf '%s\t%s\n' list 'List the groups that stages belong to (lead, active, offer, hired, ...)' ls 'List the groups that stages belong to (lead, active, offer, hired, ...)'
        case interviewer-pool
            printf '%s\t%s\n' add-user 'Put a user in an interviewer pool' archive 'Archive an interviewer pool' create 'Set up a new interviewer pool' info 'Show one interviewer pool with its members' show 'Show one interviewer pool with its members' get 'Show one interviewer pool with its members' list 'List interviewer pools' ls 'List interviewer pools' remove-user 'Take a user out of an interviewer pool' restore 'Bring back an archived interviewer pool' update 'Rename an interviewer pool or change whether it needs training'
        case job
            printf '%s\t%s\n' create 'Create a job in a team and location' info 'Show one job' show 'Show one job' get 'Show one job' list 'List jobs, optionally by status or by when they opened or closed' ls 'List jobs, optionally by status or by when they opened or closed' search 'Find jobs by title or requisition id' find 'Find jobs by title or requisition id' set-status 'Open, close, archive or return a job to draft' update 'Change a job\'s title, team, location, interview plan or requisition id' update-compensation 'Replace a job\'s compensation tiers (tiers as JSON)' update-compensation-settings 'Change how a job\'s pay is shown (settings as JSON with --data)' pipeline 'Counts per stage of a job\'s interview plan, with the newest arrivals in each' view 'A job on one screen: status, location, department, hiring team and its Ashby link'
        case job-board
            printf '%s\t%s\n' list 'List job boards' ls 'List job boards'
        case job-interview-plan
            printf '%s\t%s\n' info 'Show the interview plan of a job with its stages' show 'Show the interview plan of a job with its stages' get 'Show the interview plan of a job with its stages'
        case job-posting
            printf '%s\t%s\n' info 'Show one job posting' show 'Show one job posting' get 'Show one job posting' list 'List job postings, optionally only those listed publicly' ls 'List job postings, optionally only those listed publicly' set-custom-field-value 'Set one custom field of a job posting, by field id or reference' set-custom-field-values 'Set several custom fields of a job posting at once (values as JSON)' set-status 'Publish a job posting, or take it back to draft' update 'Change a job posting\'s title, workplace type or description' update-compensation 'Replace the pay ranges shown on a job posting (tiers as JSON)' update-compensation-settings 'Change how a job posting shows pay (settings as JSON with --data)'
        case job-template
            printf '%s\t%s\n' list 'List job templates' ls 'List job templates'
        case location
            printf '%s\t%s\n' archive 'Archive a location' create 'Create an office location or a group of locations' info 'Show one location' show 'Show one location' get 'Show one location' list 'List office locations' ls 'List office locations' move 'Move a location into another location group' restore 'Bring back an archived location' update-address 'Set a location\'s postal address' update-external-name 'Set the name candidates see for a location' update-name 'Rename a location' update-workplace-type 'Set whether a location is on-site, hybrid or remote'
        case notetaker-transcript
            printf '%s\t%s\n' info 'Get the notetaker\'s transcript of an interview' show 'Get the notetaker\'s transcript of an interview' get 'Get the notetaker\'s transcript of an interview'
        case offer
            printf '%s\t%s\n' approve 'Approve an offer version, one step or the whole approval' create-raw 'Create an offer version from a filled-in offer form (form values as JSON) (the bare endpoint; `create` is the hand-made command)' info 'Show one offer with its latest version' show 'Show one offer with its latest version' get 'Show one offer with its latest version' list 'List offers, optionally by status or application' ls 'List offers, optionally by status or application' set-decided-at 'Record when the candidate decided on an offer' set-status-raw 'Record an offer as accepted, declined or cancelled (the bare endpoint; `set-status` is the hand-made command)' start 'Open a new offer version in an offer process and get the form to fill in' start-approval-process 'Send an offer version for approval' update 'Change the form values of an existing offer' create 'Make an offer: start the offer process, fill in the offer form, optionally start approval' cancel 'Withdraw the offer in progress for an application (its offer process ends)' process 'Offer processes: what is in progress for an application' set-status 'Record a candidate\'s answer to an offer (accepted or declined) and when they decided'
        case 'offer process'
            printf '%s\t%s\n' show 'Show the offer process and offers of an application'
        case offer-process
            printf '%s\t%s\n' start 'Start the offer process for an application'
        case opening
            printf '%s\t%s\n' add-job 'Attach a job to an opening' add-location 'Add a location to an opening' create 'Create an opening (a unit of headcount)' info 'Show one opening' show 'Show one opening' get 'Show one opening' list 'List openings' ls 'List openings' remove-job 'Detach a job from an opening' remove-location 'Remove a location from an opening' search 'Find openings by their identifier' set-archived 'Archive an opening, or unarchive it with --no-archive' set-opening-state 'Set an opening\'s state: draft, approved, open or closed' update 'Change an opening\'s identifier, team, dates or employment type'
        case project
            printf '%s\t%s\n' archive 'Archive a sourcing project' create 'Create a sourcing project' info 'Show one sourcing project' show 'Show one sourcing project' get 'Show one sourcing project' list 'List sourcing projects' ls 'List sourcing projects' restore 'Bring back an archived sourcing project' search 'Find sourcing projects by title' set-custom-field-value 'Set one custom field of a sourcing project' set-custom-field-values 'Set several custom fields of a sourcing project at once' update 'Rename a sourcing project or change its description'
        case referral
            printf '%s\t%s\n' create 'Refer a candidate by submitting the referral form'
        case referral-form
            printf '%s\t%s\n' info 'Show the referral form and its fields' show 'Show the referral form and its fields' get 'Show the referral form and its fields'
        case report
            printf '%s\t%s\n' generate 'Start building a saved report, or collect one started earlier (with --request-id)' synchronous 'Run a saved report and wait for its rows' run 'Run a saved report and print its rows (waits for slow reports, polling)'
        case sequence
            printf '%s\t%s\n' add-raw 'Enrol a candidate in a sourcing sequence made from a template (the bare endpoint; `add` is the hand-made command)' cancel 'Stop a running sequence (e.g. the candidate booked a meeting)' discard 'Throw away a sequence that has not started' info 'Show one sequence with its stages' show 'Show one sequence with its stages' get 'Show one sequence with its stages' list 'List sourcing sequences, optionally for one candidate' ls 'List sourcing sequences, optionally for one candidate' start-raw 'Start a sequence draft (checks it first) (the bare endpoint; `start` is the hand-made command)' update-stage 'Change the subject or text of one email of a sequence' add 'Enrol a candidate in a sourcing sequence, by template name (a draft unless --start)' start 'Enrol a candidate in a sourcing sequence by template name and start it'
        case sequence-template
            printf '%s\t%s\n' info 'Show one sequence template with its stages' show 'Show one sequence template with its stages' get 'Show one sequence template with its stages' list 'List the templates sourcing sequences are made from' ls 'List the templates sourcing sequences are made from'
        case source
            printf '%s\t%s\n' list 'List candidate sources' ls 'List candidate sources'
        case source-tracking-link
            printf '%s\t%s\n' list 'List links that credit candidates to a source' ls 'List links that credit candidates to a source'
        case survey-form-definition
            printf '%s\t%s\n' info 'Show one survey form with its questions' show 'Show one survey form with its questions' get 'Show one survey form with its questions' list 'List survey forms' ls 'List survey forms'
        case survey-request
            printf '%s\t%s\n' create 'Make a survey link for a candidate to fill in (Ashby emails nothing)' list 'List survey requests of one survey type' ls 'List survey requests of one survey type'
        case survey-submission
            printf '%s\t%s\n' create 'Record a candidate\'s answers to a survey' list 'List survey answers of one survey type' ls 'List survey answers of one survey type'
        case take-home-assignment
            printf '%s\t%s\n' info 'Show one take-home assignment and its submission' show 'Show one take-home assignment and its submission' get 'Show one take-home assignment and its submission' list 'List take-home assignments, by application or candidate' ls 'List take-home assignments, by application or candidate'
        case user
            printf '%s\t%s\n' create-interviewer-pause 'Stop a user from being booked for interviews for a while' delete-interviewer-pause 'Remove an interviewer pause' info 'Show one user' show 'Show one user' get 'Show one user' interviewer-settings 'Show how many interviews a user may take per day and week' list 'List users, optionally including deactivated ones' ls 'List users, optionally including deactivated ones' list-interviewer-pauses 'List a user\'s interviewer pauses' search 'Find a user by email address' find 'Find a user by email address' set-custom-field-value 'Set one custom field on a user' set-custom-field-values 'Set several custom fields on a user at once' update-interviewer-settings 'Set how many interviews a user may take per day and week'
        case version
            printf '%s\t%s\n' list 'List the versions of the Ashby API and whether each is current' ls 'List the versions of the Ashby API and whether each is current'
        case webhook
            printf '%s\t%s\n' create-raw 'Subscribe a URL to one kind of event (the bare endpoint; `create` is the hand-made command)' delete-raw 'Delete a webhook subscription (the bare endpoint; `delete` is the hand-made command)' info 'Show one webhook subscription' get 'Show one webhook subscription' update-raw 'Enable or disable a webhook, or change its URL or secret (the bare endpoint; `update` is the hand-made command)' create 'Subscribe a URL to one type of event; a strong secret is generated unless you give one' show 'Show a webhook subscription: its event type, URL and whether it is enabled' update 'Enable or disable a webhook, point it at another URL, or change its secret' delete 'Delete a webhook subscription; Ashby stops delivering its events' listen 'Receive webhooks on this machine: check signatures, drop duplicates, print each event' verify 'Check that a webhook body matches its Ashby-Signature (exit 0 if it does, 1 if not)' trigger 'Send a realistic, signed sample event to a webhook receiver, to test it'
    end
end

# "<path>/<word>" -> the canonical path of that subcommand.
function __ashby_sub
    switch $argv[1]
        case /auth
            echo auth
        case /api
            echo api
        case /commands
            echo commands
        case /feedback
            echo feedback
        case /sandbox
            echo sandbox
        case /sync
            echo sync
        case /sql
            echo sql
        case /search
            echo search
        case /pipeline
            echo pipeline
        case /funnel
            echo funnel
        case /stale
            echo stale
        case /time-in-stage
            echo time-in-stage
        case /mcp
            echo mcp
        case /completion
            echo completion
        case /doctor
            echo doctor
        case /api-key /apiKey
            echo api-key
        case /application /app /apps
            echo application
        case /application-feedback /applicationFeedback /feedback-api
            echo application-feedback
        case /application-feedback-request /applicationFeedbackRequest
            echo application-feedback-request
        case /application-form /applicationForm
            echo application-form
        case /application-hiring-team-role /applicationHiringTeamRole
            echo application-hiring-team-role
        case /approval
            echo approval
        case /approval-definition /approvalDefinition
            echo approval-definition
        case /archive-reason /archiveReason
            echo archive-reason
        case /audit-log /auditLog /audit
            echo audit-log
        case /assessment
            echo assessment
        case /brand
            echo brand
        case /candidate /cand /candidates
            echo candidate
        case /candidate-tag /candidateTag /tag /tags
            echo candidate-tag
        case /close-reason /closeReason
            echo close-reason
        case /communication-template /communicationTemplate
            echo communication-template
        case /custom-field /customField
            echo custom-field
        case /department
            echo department
        case /email-sender /emailSender
            echo email-sender
        case /feedback-form-definition /feedbackFormDefinition
            echo feedback-form-definition
        case /file
            echo file
        case /hiring-team /hiringTeam
            echo hiring-team
        case /hiring-team-role /hiringTeamRole
            echo hiring-team-role
        case /interview
            echo interview
        case /interview-briefing /interviewBriefing
            echo interview-briefing
        case /interview-event /interviewEvent
            echo interview-event
        case /interview-plan /interviewPlan
            echo interview-plan
        case /interview-schedule /interviewSchedule /schedule
            echo interview-schedule
        case /interview-stage /interviewStage
            echo interview-stage
        case /interview-stage-group /interviewStageGroup
            echo interview-stage-group
        case /interviewer-pool /interviewerPool
            echo interviewer-pool
        case /job /jobs
            echo job
        case /job-board /jobBoard
            echo job-board
        case /job-interview-plan /jobInterviewPlan
            echo job-interview-plan
        case /job-posting /jobPosting /posting
            echo job-posting
        case /job-template /jobTemplate
            echo job-template
        case /location
            echo location
        case /notetaker-transcript /notetakerTranscript
            echo notetaker-transcript
        case /offer
            echo offer
        case /offer-process /offerProcess
            echo offer-process
        case /opening
            echo opening
        case /project
            echo project
        case /referral
            echo referral
        case /referral-form /referralForm
            echo referral-form
        case /report
            echo report
        case /sequence
            echo sequence
        case /sequence-template /sequenceTemplate
            echo sequence-template
        case /source
            echo source
        case /source-tracking-link /sourceTrackingLink
            echo source-tracking-link
        case /survey-form-definition /surveyFormDefinition
            echo survey-form-definition
        case /survey-request /surveyRequest
            echo survey-request
        case /survey-submission /surveySubmission
            echo survey-submission
        case /take-home-assignment /takeHomeAssignment
            echo take-home-assignment
        case /user /users
            echo user
        case /version
            echo version
        case /webhook
            echo webhook
        case /environment
            echo environment
        case /exit-codes
            echo exit-codes
        case auth/login
            echo 'auth login'
        case auth/status
            echo 'auth status'
        case auth/logout
            echo 'auth logout'
        case auth/switch
            echo 'auth switch'
        case feedback/submit
            echo 'feedback submit'
        case sandbox/serve
            echo 'sandbox serve'
        case sandbox/reset
            echo 'sandbox reset'
        case sandbox/stats
            echo 'sandbox stats'
        case api-key/info api-key/whoami api-key/show api-key/get
            echo 'api-key info'
        case application/add-hiring-team-member
            echo 'application add-hiring-team-member'
        case application/change-source
            echo 'application change-source'
        case application/change-stage application/move
            echo 'application change-stage'
        case application/create
            echo 'application create'
        case application/delete-raw
            echo 'application delete-raw'
        case application/info application/show application/get
            echo 'application info'
        case application/list application/ls
            echo 'application list'
        case application/list-criteria-evaluations
            echo 'application list-criteria-evaluations'
        case application/list-history application/history
            echo 'application list-history'
        case application/remove-hiring-team-member
            echo 'application remove-hiring-team-member'
        case application/transfer-raw
            echo 'application transfer-raw'
        case application/update
            echo 'application update'
        case application/update-history
            echo 'application update-history'
        case application/archive
            echo 'application archive'
        case application/stage
            echo 'application stage'
        case application/hire
            echo 'application hire'
        case application/transfer
            echo 'application transfer'
        case application/view
            echo 'application view'
        case application/delete
            echo 'application delete'
        case application-feedback/list application-feedback/ls
            echo 'application-feedback list'
        case application-feedback/submit
            echo 'application-feedback submit'
        case application-feedback-request/create
            echo 'application-feedback-request create'
        case application-form/submit
            echo 'application-form submit'
        case application-hiring-team-role/list application-hiring-team-role/ls
            echo 'application-hiring-team-role list'
        case approval/list approval/ls
            echo 'approval list'
        case approval-definition/update
            echo 'approval-definition update'
        case archive-reason/list archive-reason/ls
            echo 'archive-reason list'
        case audit-log/list-raw audit-log/ls
            echo 'audit-log list-raw'
        case audit-log/list
            echo 'audit-log list'
        case assessment/add-completed-to-candidate
            echo 'assessment add-completed-to-candidate'
        case assessment/update
            echo 'assessment update'
        case brand/list brand/ls
            echo 'brand list'
        case candidate/add-email-message
            echo 'candidate add-email-message'
        case candidate/add-project
            echo 'candidate add-project'
        case candidate/add-tag candidate/tag
            echo 'candidate add-tag'
        case candidate/anonymize
            echo 'candidate anonymize'
        case candidate/create candidate/new
            echo 'candidate create'
        case candidate/create-note candidate/note
            echo 'candidate create-note'
        case candidate/info candidate/show candidate/get
            echo 'candidate info'
        case candidate/list candidate/ls
            echo 'candidate list'
        case candidate/list-client-info
            echo 'candidate list-client-info'
        case candidate/list-fraud-checks
            echo 'candidate list-fraud-checks'
        case candidate/list-notes candidate/notes
            echo 'candidate list-notes'
        case candidate/list-projects
            echo 'candidate list-projects'
        case candidate/push-to-hris-raw
            echo 'candidate push-to-hris-raw'
        case candidate/remove-project
            echo 'candidate remove-project'
        case candidate/remove-tag candidate/untag
            echo 'candidate remove-tag'
        case candidate/search candidate/find
            echo 'candidate search'
        case candidate/set-fraud-status
            echo 'candidate set-fraud-status'
        case candidate/update
            echo 'candidate update'
        case candidate/upload-file-raw
            echo 'candidate upload-file-raw'
        case candidate/upload-resume-raw
            echo 'candidate upload-resume-raw'
        case candidate/add
            echo 'candidate add'
        case candidate/view
            echo 'candidate view'
        case candidate/upload-resume
            echo 'candidate upload-resume'
        case candidate/upload-file
            echo 'candidate upload-file'
        case candidate/push-hris candidate/push-to-hris
            echo 'candidate push-hris'
        case candidate-tag/archive
            echo 'candidate-tag archive'
        case candidate-tag/create
            echo 'candidate-tag create'
        case candidate-tag/list candidate-tag/ls
            echo 'candidate-tag list'
        case close-reason/list close-reason/ls
            echo 'close-reason list'
        case communication-template/list communication-template/ls
            echo 'communication-template list'
        case custom-field/create
            echo 'custom-field create'
        case custom-field/info custom-field/show custom-field/get
            echo 'custom-field info'
        case custom-field/list custom-field/ls
            echo 'custom-field list'
        case custom-field/set-value
            echo 'custom-field set-value'
        case custom-field/set-values
            echo 'custom-field set-values'
        case custom-field/update-selectable-values
            echo 'custom-field update-selectable-values'
        case department/archive
            echo 'department archive'
        case department/create
            echo 'department create'
        case department/info department/show department/get
            echo 'department info'
        case department/list department/ls
            echo 'department list'
        case department/move
            echo 'department move'
        case department/restore
            echo 'department restore'
        case department/update
            echo 'department update'
        case email-sender/list email-sender/ls
            echo 'email-sender list'
        case feedback-form-definition/info feedback-form-definition/show feedback-form-definition/get
            echo 'feedback-form-definition info'
        case feedback-form-definition/list feedback-form-definition/ls
            echo 'feedback-form-definition list'
        case file/create-file-upload-handle
            echo 'file create-file-upload-handle'
        case file/info file/show file/get
            echo 'file info'
        case file/download
            echo 'file download'
        case hiring-team/add-member
            echo 'hiring-team add-member'
        case hiring-team/remove-member
            echo 'hiring-team remove-member'
        case hiring-team-role/list hiring-team-role/ls
            echo 'hiring-team-role list'
        case interview/info interview/show interview/get
            echo 'interview info'
        case interview/list interview/ls
            echo 'interview list'
        case interview/schedule
            echo 'interview schedule'
        case interview-briefing/info interview-briefing/show interview-briefing/get
            echo 'interview-briefing info'
        case interview-event/list interview-event/ls
            echo 'interview-event list'
        case interview-plan/list interview-plan/ls
            echo 'interview-plan list'
        case interview-schedule/cancel
            echo 'interview-schedule cancel'
        case interview-schedule/create
            echo 'interview-schedule create'
        case interview-schedule/list interview-schedule/ls
            echo 'interview-schedule list'
        case interview-schedule/update
            echo 'interview-schedule update'
        case interview-stage/info interview-stage/show interview-stage/get
            echo 'interview-stage info'
        case interview-stage/list interview-stage/ls
            echo 'interview-stage list'
        case interview-stage-group/list interview-stage-group/ls
            echo 'interview-stage-group list'
        case interviewer-pool/add-user
            echo 'interviewer-pool add-user'
        case interviewer-pool/archive
            echo 'interviewer-pool archive'
        case interviewer-pool/create
            echo 'interviewer-pool create'
        case interviewer-pool/info interviewer-pool/show interviewer-pool/get
            echo 'interviewer-pool info'
        case interviewer-pool/list interviewer-pool/ls
            echo 'interviewer-pool list'
        case interviewer-pool/remove-user
            echo 'interviewer-pool remove-user'
        case interviewer-pool/restore
            echo 'interviewer-pool restore'
        case interviewer-pool/update
            echo 'interviewer-pool update'
        case job/create
            echo 'job create'
        case job/info job/show job/get
            echo 'job info'
        case job/list job/ls
            echo 'job list'
        case job/search job/find
            echo 'job search'
        case job/set-status
            echo 'job set-status'
        case job/update
            echo 'job update'
        case job/update-compensation
            echo 'job update-compensation'
        case job/update-compensation-settings
            echo 'job update-compensation-settings'
        case job/pipeline
            echo 'job pipeline'
        case job/view
            echo 'job view'
        case job-board/list job-board/ls
            echo 'job-board list'
        case job-interview-plan/info job-interview-plan/show job-interview-plan/get
            echo 'job-interview-plan info'
        case job-posting/info job-posting/show job-posting/get
            echo 'job-posting info'
        case job-posting/list job-posting/ls
            echo 'job-posting list'
        case job-posting/set-custom-field-value
            echo 'job-posting set-custom-field-value'
        case job-posting/set-custom-field-values
            echo 'job-posting set-custom-field-values'
        case job-posting/set-status
            echo 'job-posting set-status'
        case job-posting/update
            echo 'job-posting update'
        case job-posting/update-compensation
            echo 'job-posting update-compensation'
        case job-posting/update-compensation-settings
            echo 'job-posting update-compensation-settings'
        case job-template/list job-template/ls
            echo 'job-template list'
        case location/archive
            echo 'location archive'
        case location/create
            echo 'location create'
        case location/info location/show location/get
            echo 'location info'
        case location/list location/ls
            echo 'location list'
        case location/move
            echo 'location move'
        case location/restore
            echo 'location restore'
        case location/update-address
            echo 'location update-address'
        case location/update-external-name
            echo 'location update-external-name'
        case location/update-name
            echo 'location update-name'
        case location/update-workplace-type
            echo 'location update-workplace-type'
        case notetaker-transcript/info notetaker-transcript/show notetaker-transcript/get
            echo 'notetaker-transcript info'
        case offer/approve
            echo 'offer approve'
        case offer/create-raw
            echo 'offer create-raw'
        case offer/info offer/show offer/get
            echo 'offer info'
        case offer/list offer/ls
            echo 'offer list'
        case offer/set-decided-at
            echo 'offer set-decided-at'
        case offer/set-status-raw
            echo 'offer set-status-raw'
        case offer/start
            echo 'offer start'
        case offer/start-approval-process
            echo 'offer start-approval-process'
        case offer/update
            echo 'offer update'
        case offer/create
            echo 'offer create'
        case offer/cancel
            echo 'offer cancel'
        case offer/process
            echo 'offer process'
        case offer/set-status
            echo 'offer set-status'
        case 'offer process/show'
            echo 'offer process show'
        case offer-process/start
            echo 'offer-process start'
        case opening/add-job
            echo 'opening add-job'
        case opening/add-location
            echo 'opening add-location'
        case opening/create
            echo 'opening create'
        case opening/info opening/show opening/get
            echo 'opening info'
        case opening/list opening/ls
            echo 'opening list'
        case opening/remove-job
            echo 'opening remove-job'
        case opening/remove-location
            echo 'opening remove-location'
        case opening/search
            echo 'opening search'
        case opening/set-archived
            echo 'opening set-archived'
        case opening/set-opening-state
            echo 'opening set-opening-state'
        case opening/update
            echo 'opening update'
        case project/archive
            echo 'project archive'
        case project/create
            echo 'project create'
        case project/info project/show project/get
            echo 'project info'
        case project/list project/ls
            echo 'project list'
        case project/restore
            echo 'project restore'
        case project/search
            echo 'project search'
        case project/set-custom-field-value
            echo 'project set-custom-field-value'
        case project/set-custom-field-values
            echo 'project set-custom-field-values'
        case project/update
            echo 'project update'
        case referral/create
            echo 'referral create'
        case referral-form/info referral-form/show referral-form/get
            echo 'referral-form info'
        case report/generate
            echo 'report generate'
        case report/synchronous
            echo 'report synchronous'
        case report/run
            echo 'report run'
        case sequence/add-raw
            echo 'sequence add-raw'
        case sequence/cancel
            echo 'sequence cancel'
        case sequence/discard
            echo 'sequence discard'
        case sequence/info sequence/show sequence/get
            echo 'sequence info'
        case sequence/list sequence/ls
            echo 'sequence list'
        case sequence/start-raw
            echo 'sequence start-raw'
        case sequence/update-stage
            echo 'sequence update-stage'
        case sequence/add
            echo 'sequence add'
        case sequence/start
            echo 'sequence start'
        case sequence-template/info sequence-template/show sequence-template/get
            echo 'sequence-template info'
        case sequence-template/list sequence-template/ls
            echo 'sequence-template list'
        case source/list source/ls
            echo 'source list'
        case source-tracking-link/list source-tracking-link/ls
            echo 'source-tracking-link list'
        case survey-form-definition/info survey-form-definition/show survey-form-definition/get
            echo 'survey-form-definition info'
        case survey-form-definition/list survey-form-definition/ls
            echo 'survey-form-definition list'
        case survey-request/create
            echo 'survey-request create'
        case survey-request/list survey-request/ls
            echo 'survey-request list'
        case survey-submission/create
            echo 'survey-submission create'
        case survey-submission/list survey-submission/ls
            echo 'survey-submission list'
        case take-home-assignment/info take-home-assignment/show take-home-assignment/get
            echo 'take-home-assignment info'
        case take-home-assignment/list take-home-assignment/ls
            echo 'take-home-assignment list'
        case user/create-interviewer-pause
            echo 'user create-interviewer-pause'
        case user/delete-interviewer-pause
            echo 'user delete-interviewer-pause'
        case user/info user/show user/get
            echo 'user info'
        case user/interviewer-settings
            echo 'user interviewer-settings'
        case user/list user/ls
            echo 'user list'
        case user/list-interviewer-pauses
            echo 'user list-interviewer-pauses'
        case user/search user/find
            echo 'user search'
        case user/set-custom-field-value
            echo 'user set-custom-field-value'
        case user/set-custom-field-values
            echo 'user set-custom-field-values'
        case user/update-interviewer-settings
            echo 'user update-interviewer-settings'
        case version/list version/ls
            echo 'version list'
        case webhook/create-raw
            echo 'webhook create-raw'
        case webhook/delete-raw
            echo 'webhook delete-raw'
        case webhook/info webhook/get
            echo 'webhook info'
        case webhook/update-raw
            echo 'webhook update-raw'
        case webhook/create
            echo 'webhook create'
        case webhook/show
            echo 'webhook show'
        case webhook/update
            echo 'webhook update'
        case webhook/delete
            echo 'webhook delete'
        case webhook/listen
            echo 'webhook listen'
        case webhook/verify
            echo 'webhook verify'
        case webhook/trigger
            echo 'webhook trigger'
    end
end

# A command's own flags (the global ones are in __ashby_gflags).
function __ashby_flags
    switch $argv[1]
        case 'auth login'
            printf '%s\t%s\n' --with-token 'read the key from stdin instead of prompting' --no-verify 'store the key without calling apiKey.info'
        case 'auth status'
            printf '%s\t%s\n' --offline 'do not call apiKey.info'
        case api
            printf '%s\t%s\n' --raw-field 'add a string field (repeatable; key[]=v appends, a.b=v nests)' -f 'add a string field (repeatable; key[]=v appends, a.b=v nests)' --field 'add a typed field: numbers, true/false, null, @file for file contents (repeatable)' -F 'add a typed field: numbers, true/false, null, @file for file contents (repeatable)' --input 'read the JSON body from a file, or - for stdin (fields are merged on top)' --all 'follow pagination to the end (list endpoints)' --limit 'stop after this many records (list endpoints)' --unlisted 'allow an endpoint that is not in the catalog (newer than our spec)'
        case commands
            printf '%s\t%s\n' --groups 'list the top-level groups only'
        case 'feedback submit'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --application 'application id, or the candidate\'s email or name' --job 'the job, when the candidate has several applications' --form 'feedback form, by title or id' --interview 'use the feedback form of this interview type (title or id)' --answers 'form values: JSON or YAML keyed by field title or path (- for stdin)' --field 'one form value, by field title or path (repeatable)' --user 'credit the feedback to this user (email or name; default: the API key\'s user)' --interview-event 'the interview event the feedback is for (needs --user, an interviewer of it)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sandbox serve'
            printf '%s\t%s\n' --host 'interface to listen on' --port 'port, 0 for any free one' --state 'load state from this JSON file if it exists, and save to it on exit' --seed 'seed of the generated organisation (default 1)' --candidates 'number of generated candidates (default 1000)' --api-key 'the API key clients must send (default: sandbox-api-key)' --faults 'inject faults, e.g. 429=0.1,429-no-retry-after=0.05,500=0.05,reset=0.05,500-after=0.01' --latency 'add this delay to every API response' --rate-limit 'requests per second per key; more get HTTP 429 with Retry-After'
        case 'sandbox reset'
            printf '%s\t%s\n' --seed 'seed of the generated organisation (default 1)' --candidates 'number of generated candidates (default 50)'
        case sync
            printf '%s\t%s\n' --full 'list everything again instead of only what changed (also drops what Ashby deleted)' --concurrency 'parallel requests for per-application and per-candidate data' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)'
        case sql
            printf '%s\t%s\n' --schema 'list the tables and columns instead' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h); without it, sql never syncs' --offline 'answer from the mirror as it is (the default for sql; wins over --max-age)' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)'
        case search
            printf '%s\t%s\n' --kind 'only this kind of record: candidate, application, note (repeatable)' --limit 'at most this many results' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h)' --offline 'never refresh: answer from the mirror as it is'
        case pipeline
            printf '%s\t%s\n' --job 'only this job (title or id)' --since 'only applications created at or after this time' --until 'only applications created before this time' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h)' --offline 'never refresh: answer from the mirror as it is'
        case funnel
            printf '%s\t%s\n' --job 'only this job (title or id)' --since 'only applications created at or after this time' --until 'only applications created before this time' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h)' --offline 'never refresh: answer from the mirror as it is' --by 'source or job'
        case stale
            printf '%s\t%s\n' --job 'only this job (title or id)' --since 'only applications created at or after this time' --until 'only applications created before this time' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h)' --offline 'never refresh: answer from the mirror as it is' --days 'days in the current stage'
        case time-in-stage
            printf '%s\t%s\n' --job 'only this job (title or id)' --since 'only applications created at or after this time' --until 'only applications created before this time' --db 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)' --max-age 'refresh the mirror first when it is older than this (e.g. 15m, 2h)' --offline 'never refresh: answer from the mirror as it is'
        case mcp
            printf '%s\t%s\n' --read-only 'offer only tools that read; refuse any that would change data' --tools 'offer only tools whose names match (e.g. "candidate_*", "*_list"; repeatable or comma-separated)' --print-config 'print the snippet that registers this server in a client: claude, cursor, vscode' --list-tools 'list the tools this server would offer, with what each does, and exit'
        case 'api-key info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'application add-hiring-team-member'
            printf '%s\t%s\n' --team-member-id 'the user (see `ashby user list`); required; an id or a name' --role-id 'the role (see `ashby application-hiring-team-role list`); required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application change-source'
            printf '%s\t%s\n' --source-id 'the source to credit (see `ashby source list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application change-stage'
            printf '%s\t%s\n' --interview-stage-id 'the stage to move it to (see `ashby interview-stage list`); required; an id or a name' --archive-reason-id 'the archive reason (see `ashby archive-reason list`); an id or a name' --archive-email.communication-template-id 'template of the email sent on archiving; required with archiveEmail; an id' --archive-email.send-at 'when to send that email (default: the next morning); a date, a local time ("2024-05-31 09:00") or ISO 8601 with a zone' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application create'
            printf '%s\t%s\n' --candidate-id 'the candidate (see `ashby candidate search`); required; an id or a name' --job-id 'the job (see `ashby job list`); required; an id or a name' --interview-plan-id 'the interview plan (see `ashby interview-plan list`); an id' --interview-stage-id 'the stage (see `ashby interview-stage list`); an id or a name' --source-id 'the source to credit (see `ashby source list`); an id or a name' --credited-to-user-id 'the user who gets credit (see `ashby user list`); an id or a name' --created-at 'when they applied, if not just now; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --application-history 'past stage entries to import with the application; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application delete-raw'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application info'
            printf '%s\t%s\n' --expand 'also fetch these related records; repeatable' --submitted-form-instance-id 'look up by form submission id instead; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --web 'open the application in Ashby in your browser instead (piped: print its link)'
        case 'application list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --status 'only applications in this state' --job-id 'only applications to this job; an id or a name' --expand 'also fetch these related records; repeatable' --created-before 'only those created earlier than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass' --job 'only this job\'s applications (title or id; the same as --job-id)' --stage 'only applications in a stage of this name (filtered here, over every page)' --source 'only applications from this source (name or id; filtered here, over every page)'
        case 'application list-criteria-evaluations'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'application list-history'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'application remove-hiring-team-member'
            printf '%s\t%s\n' --team-member-id 'the user (see `ashby user list`); required; an id or a name' --role-id 'the role (see `ashby application-hiring-team-role list`); required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application transfer-raw'
            printf '%s\t%s\n' --job-id 'the job to move it to; required; an id or a name' --interview-plan-id 'the interview plan (see `ashby interview-plan list`); required; an id' --interview-stage-id 'the stage on the new plan; required; an id or a name' --start-automatic-activities 'run the new stage\'s automatic actions; on unless --no-start-automatic-activities' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application update'
            printf '%s\t%s\n' --source-id 'the source to credit (see `ashby source list`); an id or a name' --credited-to-user-id 'the user who gets credit (see `ashby user list`); an id or a name' --created-at 'correct when they applied; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --send-notifications 'notify users who follow it; on unless --no-send-notifications' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application update-history'
            printf '%s\t%s\n' --application-history 'the full stage history as it should read afterwards; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application archive'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --reason 'archive reason, by its text or id' --email-template 'email the candidate this communication template (by title or id)' --send-at 'when to send the email: local time ("2030-05-01 09:00") unless a zone is given (default: Ashby\'s, 9:32 next morning)' --job 'the job, for candidates with several applications' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application stage'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --stage 'stage name (or id) within the application\'s interview plan' --job 'the job, for candidates with several applications' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application hire'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, for candidates with several applications' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application transfer'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job to transfer to (title or id)' --stage 'stage of the new job\'s plan (default: its first stage)' --from-job 'the job the application is on now, for candidates with several applications' --start-automatic-activities 'run the new stage\'s automatic activities (emails, ...)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application view'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, for candidates with several applications' --web 'open the application in Ashby (on the candidate\'s profile) in your browser instead'
        case 'application delete'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, when the candidate has several applications' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application-feedback list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --application-id 'only feedback on this application; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'application-feedback submit'
            printf '%s\t%s\n' --feedback-form.field-submissions 'answers, each {path, value} for one form field; required with feedbackForm; JSON array, or one JSON object per use (repeatable)' --form-definition-id 'the form (see `ashby feedback-form-definition list`); required; an id' --application-id 'the application (see `ashby application list`); required; an id or a name' --user-id 'who gave the feedback (see `ashby user list`); an id or a name' --interview-event-id 'the interview event (see `ashby interview-event list`); an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application-feedback-request create'
            printf '%s\t%s\n' --application-id 'the application (see `ashby application list`); required; an id or a name' --interview-id 'the interview (see `ashby interview list`); required; an id or a name' --interviewer-user-id 'the interviewer to ask (see `ashby user list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application-form submit'
            printf '%s\t%s\n' --job-posting-id 'the job posting (see `ashby job-posting list`); required; an id' --application-form.field-submissions 'answers, each {path, value} for one form field; required with applicationForm; JSON array, or one JSON object per use (repeatable)' --utm-data.utm-source 'utm_source of the visit' --utm-data.utm-campaign 'utm_campaign of the visit' --utm-data.utm-medium 'utm_medium of the visit' --utm-data.utm-term 'utm_term of the visit' --utm-data.utm-content 'utm_content of the visit' --tag-ids 'tags the new candidate gets (see `ashby candidate-tag list`); repeatable; ids' --allow-submission-for-unpublished-job-posting 'accept it even while the posting is unpublished; --no-allow-submission-for-unpublished-job-posting or --allow-submission-for-unpublished-job-posting=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'application-hiring-team-role list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)'
        case 'approval list'
            printf '%s\t%s\n' --entity-type 'only approvals of this kind of record' --entity-id 'only approvals of this record, e.g. an offer version; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'approval-definition update'
            printf '%s\t%s\n' --entity-type 'kind of record that needs approval; required' --entity-id 'the record that needs approval; required; an id' --approval-step-definitions 'ordered steps: who approves and how many must agree; required; JSON array, or one JSON object per use (repeatable)' --submit-approval-request 'submit at once, not later by hand in Ashby; --no-submit-approval-request or --submit-approval-request=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'archive-reason list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'audit-log list-raw'
            printf '%s\t%s\n' --start-date 'only entries from this time on (default: a day ago); a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --end-date 'only entries before this time (default: now); a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --actor-ids 'only what these users or keys did (at most 100); repeatable; ids' --target-ids 'only changes to these records (at most 100); repeatable; ids' --target-types 'only changes to these kinds of record, e.g. Candidate; repeatable' --categories 'only entries in these categories, e.g. Candidate; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'audit-log list'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --since 'from this time: "2026-11-30 09:00" (local), 2026-11-30, or back from now: 30m, 24h, 7d' --until 'up to this time (same forms; default: now)' --actor 'only what this user did: email, name or id (repeatable)' --target 'only changes to this record (repeatable)' --target-type 'only changes to this kind of record, e.g. Candidate (repeatable)' --category 'only entries in this category (repeatable)' --limit 'stop after this many entries (default: one page of up to 100)' --all 'fetch every page'
        case 'assessment add-completed-to-candidate'
            printf '%s\t%s\n' --candidate-id 'the candidate (see `ashby candidate search`); required; an id or a name' --partner-id 'your assessment partner id; required; an id' --assessment.assessment-type-id 'your id for the kind of assessment; required with assessment; an id' --assessment.assessment-id 'your own id for this assessment; required with assessment; an id' --assessment.assessment-name 'title recruiters see for this assessment; required with assessment' --assessment.result.identifier 'stable key of this entry, e.g. score; required with assessment.result' --assessment.result.label 'short name shown for this field; required with assessment.result' --assessment.result.description 'longer text shown with the label' --assessment.result.type 'what kind of value it holds; required with assessment.result' --assessment.result.value 'the value, of the kind given by type; required with assessment.result; JSON string or number or boolean' --assessment.metadata 'extra fields to show: identifier, label, type, value; required with assessment; JSON array, or one JSON object per use (repeatable)' --timestamp 'when this happened; required; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'assessment update'
            printf '%s\t%s\n' --assessment-id 'your id of the assessment under way; required; an id' --timestamp 'when this happened; required; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --assessment-status.identifier 'stable key of this entry, e.g. score; required with assessment_status' --assessment-status.label 'short name shown for this field; required with assessment_status' --assessment-status.description 'longer text shown with the label' --assessment-status.type 'what kind of value it holds; required with assessment_status' --assessment-status.value 'the value, of the kind given by type; required with assessment_status; JSON string or number or boolean' --assessment-profile-url.identifier 'stable key of this entry, e.g. score; required with assessment_profile_url' --assessment-profile-url.label 'short name shown for this field; required with assessment_profile_url' --assessment-profile-url.description 'longer text shown with the label' --assessment-profile-url.type 'what kind of value it holds; required with assessment_profile_url' --assessment-profile-url.value 'the value, of the kind given by type; required with assessment_profile_url; JSON string or number or boolean' --assessment-result.identifier 'stable key of this entry, e.g. score; required with assessment_result' --assessment-result.label 'short name shown for this field; required with assessment_result' --assessment-result.description 'longer text shown with the label' --assessment-result.type 'what kind of value it holds; required with assessment_result' --assessment-result.value 'the value, of the kind given by type; required with assessment_result; JSON string or number or boolean' --cancelled-reason.identifier 'stable key of this entry, e.g. score; required with cancelled_reason' --cancelled-reason.label 'short name shown for this field; required with cancelled_reason' --cancelled-reason.description 'longer text shown with the label' --cancelled-reason.type 'what kind of value it holds; required with cancelled_reason' --cancelled-reason.value 'the value, of the kind given by type; required with cancelled_reason; JSON string or number or boolean' --metadata 'extra fields to show: identifier, label, type, value; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'brand list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'candidate add-email-message'
            printf '%s\t%s\n' --email-provider-email-id 'your mail system\'s id for it, never reused; required; an id' --subject 'subject of the message; required' --from-address 'sender address; required' --to 'recipient address; required' --body 'message body, as HTML; required' --user-id 'the Ashby user on the conversation; an id or a name' --sent-at 'when it went out; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --cc 'addresses copied on the message' --message-url 'link to the message in your mail tool' --message-id-header 'the Message-ID header of the email' --thread-id 'messages sharing it show as one thread; an id' --is-private 'mark it private (needs the private-fields permission); --no-is-private or --is-private=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate add-project'
            printf '%s\t%s\n' --project-id 'the project (see `ashby project list`); required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate add-tag'
            printf '%s\t%s\n' --tag-id 'the tag (see `ashby candidate-tag list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate anonymize'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate create'
            printf '%s\t%s\n' --name 'their full name; required' --email 'their main email address' --phone-number 'their phone number' --linked-in-url 'their LinkedIn profile URL' --github-url 'their GitHub profile URL' --website 'their personal website' --alternate-email-addresses 'more email addresses for them, besides --email; repeatable' --source-id 'the source to credit (see `ashby source list`); an id or a name' --credited-to-user-id 'the user who gets credit (see `ashby user list`); an id or a name' --location.city 'city where they live' --location.region 'state or region where they live' --location.country 'country where they live' --created-at 'when they entered your pipeline, if not just now; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate create-note'
            printf '%s\t%s\n' --note 'the note: plain text, or JSON {type, value} for HTML; required; JSON string or object' --send-notifications 'notify users who follow the candidate; --no-send-notifications or --send-notifications=false to send false' --is-private 'mark it private (needs the private-fields permission); --no-is-private or --is-private=false to send false' --created-at 'when the note was written, if not just now; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate info'
            printf '%s\t%s\n' --external-mapping-id 'look up by the id another system (e.g. HRIS) uses; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --web 'open the candidate in Ashby in your browser instead (piped: print its link)'
        case 'candidate list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --created-before 'only those created earlier than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'candidate list-client-info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'candidate list-fraud-checks'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'candidate list-notes'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'candidate list-projects'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)'
        case 'candidate push-to-hris-raw'
            printf '%s\t%s\n' --application-id 'the application (see `ashby application list`); required; an id or a name' --external-system 'the HR system to send them to; required' --integration-partner-id 'which connection to that system, when you have several; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate remove-project'
            printf '%s\t%s\n' --project-id 'the project (see `ashby project list`); required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate remove-tag'
            printf '%s\t%s\n' --tag-id 'the tag (see `ashby candidate-tag list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate search'
            printf '%s\t%s\n' --email 'find by email address' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'candidate set-fraud-status'
            printf '%s\t%s\n' --fraud-status 'your verdict on the candidate; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate update'
            printf '%s\t%s\n' --name 'their full name' --email 'their main email address' --phone-number 'their phone number' --linked-in-url 'their LinkedIn profile URL' --github-url 'their GitHub profile URL' --website-url 'their personal website' --alternate-email 'one more email address for them, kept beside the main one' --social-links 'all social links, replacing the current ones; JSON array, or one JSON object per use (repeatable)' --source-id 'the source to credit (see `ashby source list`); an id or a name' --credited-to-user-id 'the user who gets credit (see `ashby user list`); an id or a name' --location.city 'city where they live' --location.region 'state or region where they live' --location.country 'country where they live' --created-at 'correct when they entered your pipeline; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --send-notifications 'notify users who follow it; on unless --no-send-notifications' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate upload-file-raw'
            printf '%s\t%s\n' --file-handle 'handle from `ashby file create-file-upload-handle`; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate upload-resume-raw'
            printf '%s\t%s\n' --resume-handle 'handle from `ashby file create-file-upload-handle`; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate add'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --name 'full name' --email 'primary email' --phone 'primary phone number' --linkedin 'LinkedIn profile URL' --job 'apply to this job (title or id)' --source 'where the candidate came from (source title or id)' --tag 'add this tag (title or id; repeatable)' --note 'add this note' --resume 'upload this resume (PDF, DOCX, ...)' --allow-duplicate 'create the candidate even when one with this email exists' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume-batch' --resume-batch 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume-batch: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate view'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --web 'open the candidate in Ashby in your browser instead'
        case 'candidate upload-resume'
            printf '%s\t%s\n' --path 'the file to upload, instead of the second argument (a "path" column with --from)' --content-type 'MIME type (default: guessed from the file extension)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate upload-file'
            printf '%s\t%s\n' --path 'the file to upload, instead of the second argument (a "path" column with --from)' --content-type 'MIME type (default: guessed from the file extension)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate push-hris'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, when the candidate has several applications' --system 'the HR system, e.g. BambooHR, Personio, Workday' --integration-partner-id 'which connection to that system, when there are several' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate-tag archive'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate-tag create'
            printf '%s\t%s\n' --title 'the tag\'s text (reused if such a tag exists); required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'candidate-tag list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'close-reason list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'communication-template list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)'
        case 'custom-field create'
            printf '%s\t%s\n' --field-type 'what kind of value the field holds; required' --object-type 'what kind of record gets the field; required' --title 'the field\'s name as people see it; required' --description 'help text explaining the field' --selectable-values 'the pick list of a ValueSelect or MultiValueSelect field; JSON array, or one JSON object per use (repeatable)' --is-date-only-field 'for Date fields: a day only, no time of day; --no-is-date-only-field or --is-date-only-field=false to send false' --is-exposable-to-candidate 'candidates may see it (needed to use it in emails); --no-is-exposable-to-candidate or --is-exposable-to-candidate=false to send false' --is-private 'mark it private (needs the private-fields permission); --no-is-private or --is-private=false to send false' --is-editable-only-via-public-api 'let only the API change its values, not people; --no-is-editable-only-via-public-api or --is-editable-only-via-public-api=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'custom-field info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'custom-field list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'custom-field set-value'
            printf '%s\t%s\n' --object-id 'the record the field belongs to; required; an id (or a name, for a candidate, application or job)' --object-type 'what kind of record --object-id is; required' --field-id 'the custom field (see `ashby custom-field list`); required; an id or a name' --field-value 'the value as typed (an option, yes, 4, 120000 USD) or JSON; required; JSON boolean or string or array or number or object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'custom-field set-values'
            printf '%s\t%s\n' --object-id 'the record the field belongs to; required; an id (or a name, for a candidate, application or job)' --object-type 'what kind of record --object-id is; required' --values 'several fields at once, each {fieldId, fieldValue}; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'custom-field update-selectable-values'
            printf '%s\t%s\n' --selectable-values 'choices to add, rename or archive (others stay); required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'department archive'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'department create'
            printf '%s\t%s\n' --name 'what to call the department; required' --external-name 'name shown to applicants instead, e.g. on job boards' --parent-id 'the department it sits under; an id' --extra-data 'free-form data of yours, e.g. an id in your system; JSON object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'department info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'department list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'department move'
            printf '%s\t%s\n' --parent-id 'the department to move it under; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'department restore'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'department update'
            printf '%s\t%s\n' --name 'rename the department to this' --external-name 'name shown to applicants instead, e.g. on job boards' --extra-data 'free-form data of yours, e.g. an id in your system; JSON object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'email-sender list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'feedback-form-definition info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'feedback-form-definition list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'file create-file-upload-handle'
            printf '%s\t%s\n' --file-upload-context 'what the upload is for; required' --filename 'name like resume.pdf; required' --content-type 'the file\'s format, e.g. application/pdf; required' --content-length 'how many bytes the file has; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'file info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'file download'
            printf '%s\t%s\n' --to 'file or directory to save to, or - for stdout (default: the current directory, under the file\'s own name)' --force 'overwrite an existing file'
        case 'hiring-team add-member'
            printf '%s\t%s\n' --application-id 'an application\'s team (or --job-id, --opening-id); an id or a name' --team-member-id 'the user (see `ashby user list`); required; an id or a name' --role-id 'the role (see `ashby hiring-team-role list`); required; an id' --job-id 'a job\'s team (or --application-id, --opening-id); an id or a name' --opening-id 'an opening\'s team (or --application-id, --job-id); an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'hiring-team remove-member'
            printf '%s\t%s\n' --application-id 'an application\'s team (or --job-id, --opening-id); an id or a name' --team-member-id 'the user (see `ashby user list`); required; an id or a name' --role-id 'the role (see `ashby hiring-team-role list`); required; an id' --job-id 'a job\'s team (or --application-id, --opening-id); an id or a name' --opening-id 'an opening\'s team (or --application-id, --job-id); an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'hiring-team-role list'
            printf '%s\t%s\n' --names-only 'list just the role titles, without ids; on unless --no-names-only' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interview info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interview list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --include-non-shared-interviews 'list job-specific interviews as well as shared ones; --no-include-non-shared-interviews or --include-non-shared-interviews=false to send false' --exclude-archived-schedule-template-interviews 'skip interviews whose schedule template is archived; --no-exclude-archived-schedule-template-interviews or --exclude-archived-schedule-template-interviews=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'interview schedule'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, when the candidate has several applications' --interview 'interview type, by title or id' --interviewer 'interviewer, by email, name or id (repeatable)' --start 'start time: local time ("2030-05-01 14:00") unless a zone is given' --duration 'length in minutes' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interview-briefing info'
            printf '%s\t%s\n' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interview-event list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'interview-plan list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'interview-schedule cancel'
            printf '%s\t%s\n' --allow-reschedule 'keep the option to reschedule it later; --no-allow-reschedule or --allow-reschedule=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interview-schedule create'
            printf '%s\t%s\n' --application-id 'the application (see `ashby application list`); required; an id or a name' --interview-events 'the events: start, end, interviewers and more; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interview-schedule list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --application-id 'only schedules of this application; an id or a name' --interview-stage-id 'only schedules for this stage; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'interview-schedule update'
            printf '%s\t%s\n' --interview-event 'an event to add, or to change when it has its id; JSON object or array' --interview-event-id-to-cancel 'events to call off, by id (one or a list); JSON string or array' --allow-feedback-deletion 'let cancelled events lose feedback already given; --no-allow-feedback-deletion or --allow-feedback-deletion=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interview-stage info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interview-stage list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interview-stage-group list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)'
        case 'interviewer-pool add-user'
            printf '%s\t%s\n' --user-id 'the user (see `ashby user list`); required; an id or a name' --interviewer-pool-training-path-stage-id 'training stage to start them in (default: fully trained); an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interviewer-pool archive'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interviewer-pool create'
            printf '%s\t%s\n' --title 'the pool\'s name; required' --requires-training 'new members must train before interviewing; --no-requires-training or --requires-training=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interviewer-pool info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'interviewer-pool list'
            printf '%s\t%s\n' --include-archived-pools 'list archived pools as well; --no-include-archived-pools or --include-archived-pools=false to send false' --include-archived-training-stages 'list archived training stages as well; --no-include-archived-training-stages or --include-archived-training-stages=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'interviewer-pool remove-user'
            printf '%s\t%s\n' --user-id 'the user (see `ashby user list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interviewer-pool restore'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'interviewer-pool update'
            printf '%s\t%s\n' --title 'rename the pool to this' --requires-training 'new members must train before interviewing; --no-requires-training or --requires-training=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job create'
            printf '%s\t%s\n' --title 'the job title; required' --team-id 'the team it belongs to (see `ashby department list`); required; an id' --location-id 'the location (see `ashby location list`); required; an id or a name' --default-interview-plan-id 'interview plan that new applications follow; an id' --job-template-id 'job template to start from (see `ashby job-template list`); an id' --brand-id 'employer brand for its postings (see `ashby brand list`); an id' --employment-type 'kind of employment the hire gets' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job info'
            printf '%s\t%s\n' --include-unpublished-job-postings-ids 'also give the ids of postings that are not live; --no-include-unpublished-job-postings-ids or --include-unpublished-job-postings-ids=false to send false' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --web 'open the job in Ashby in your browser instead (piped: print its link)'
        case 'job list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --status 'only jobs in these states; repeatable' --opened-after 'only jobs that opened later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --opened-before 'only jobs that opened earlier than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --closed-after 'only jobs that closed later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --closed-before 'only jobs that closed earlier than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --include-unpublished-job-postings-ids 'also give the ids of postings that are not live; --no-include-unpublished-job-postings-ids or --include-unpublished-job-postings-ids=false to send false' --expand 'also fetch each job\'s location or openings; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'job search'
            printf '%s\t%s\n' --title 'find by job title' --requisition-id 'find by requisition code; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'job set-status'
            printf '%s\t%s\n' --status 'the status to give the job; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job update'
            printf '%s\t%s\n' --title 'retitle the job to this' --team-id 'the team it belongs to (see `ashby department list`); an id' --location-id 'the location (see `ashby location list`); an id or a name' --default-interview-plan-id 'interview plan that new applications follow; an id' --custom-requisition-id 'your own requisition code for the job; an id' --employment-type 'kind of employment the hire gets' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job update-compensation'
            printf '%s\t%s\n' --compensation-tiers 'the pay ranges, one object per tier; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job update-compensation-settings'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job pipeline'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --web 'open the job in Ashby in your browser instead'
        case 'job view'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --web 'open the job in Ashby in your browser instead'
        case 'job-board list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'job-interview-plan info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'job-posting info'
            printf '%s\t%s\n' --job-board-id 'the job board (see `ashby job-board list`); an id' --expand 'also fetch these related records; repeatable' --include-unpublished-job-postings 'also reach postings still in draft; --no-include-unpublished-job-postings or --include-unpublished-job-postings=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'job-posting list'
            printf '%s\t%s\n' --location 'only postings at this location (exact name)' --department 'only postings of this department (exact name)' --listed-only 'only postings that are publicly listed; --no-listed-only or --listed-only=false to send false' --job-board-id 'the job board (see `ashby job-board list`); an id' --include-unpublished-job-postings 'also reach postings still in draft; --no-include-unpublished-job-postings or --include-unpublished-job-postings=false to send false' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'job-posting set-custom-field-value'
            printf '%s\t%s\n' --field-id 'the custom field (see `ashby custom-field list`); an id or a name' --reference-identifier 'the field\'s reference id, instead of --field-id' --value 'the value as typed (an option, yes, 4, a list) or JSON; required; JSON string or number or boolean or array' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-posting set-custom-field-values'
            printf '%s\t%s\n' --values 'several fields at once, each {fieldId, fieldValue}; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-posting set-status'
            printf '%s\t%s\n' --status 'publish it, or take it back to draft; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-posting update'
            printf '%s\t%s\n' --title 'retitle the posting to this' --workplace-type 'where the work happens' --suppress-description-opening 'leave off the brand\'s standard intro text; --no-suppress-description-opening or --suppress-description-opening=false to send false' --suppress-description-closing 'leave off the brand\'s standard closing text; --no-suppress-description-closing or --suppress-description-closing=false to send false' --description.type 'format of --description.content; required with description' --description.content 'posting text as HTML; required with description' --include-unpublished-job-postings 'also reach postings still in draft; --no-include-unpublished-job-postings or --include-unpublished-job-postings=false to send false' --application-confirmation-email-template-id 'email template sent to people who apply; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-posting update-compensation'
            printf '%s\t%s\n' --compensation-tiers 'the pay ranges, one object per tier; required; JSON array, or one JSON object per use (repeatable)' --include-unpublished-job-postings 'also reach postings still in draft; --no-include-unpublished-job-postings or --include-unpublished-job-postings=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-posting update-compensation-settings'
            printf '%s\t%s\n' --include-unpublished-job-postings 'also reach postings still in draft; --no-include-unpublished-job-postings or --include-unpublished-job-postings=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'job-template list'
            printf '%s\t%s\n' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'location archive'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location create'
            printf '%s\t%s\n' --name 'what to call the location; required' --type 'a real place, or a region grouping others; required' --address.postal-address.address-country 'the country, e.g. Germany or DE' --address.postal-address.address-region 'state, province or similar region' --address.postal-address.address-locality 'city, town or village' --address.postal-address.postal-code 'postcode or ZIP' --address.postal-address.street-address 'street and house number' --parent-location-id 'the region it sits under; an id' --is-remote 'tag it as remote (regions cannot be); --no-is-remote or --is-remote=false to send false' --workplace-type 'where the work happens' --external-name 'name shown to applicants instead, e.g. on job boards' --extra-data 'free-form data of yours, e.g. an id in your system; JSON object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'location list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --include-location-hierarchy 'include the regions grouping locations too; --no-include-location-hierarchy or --include-location-hierarchy=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'location move'
            printf '%s\t%s\n' --parent-location-hierarchy-id 'the region to move it under; required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location restore'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location update-address'
            printf '%s\t%s\n' --address.postal-address.address-country 'the country, e.g. Germany or DE' --address.postal-address.address-region 'state, province or similar region' --address.postal-address.address-locality 'city, town or village' --address.postal-address.postal-code 'postcode or ZIP' --address.postal-address.street-address 'street and house number' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location update-external-name'
            printf '%s\t%s\n' --external-name 'name shown to applicants instead, e.g. on job boards' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location update-name'
            printf '%s\t%s\n' --name 'rename the location to this; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'location update-workplace-type'
            printf '%s\t%s\n' --workplace-type 'where the work happens; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'notetaker-transcript info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'offer approve'
            printf '%s\t%s\n' --approval-step-id 'approve just this step (with --user-id); an id' --user-id 'the approver of that step (with --approval-step-id); an id or a name' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer create-raw'
            printf '%s\t%s\n' --offer-process-id 'the offer process (from `ashby offer-process start`); required; an id' --offer-form-id 'the form to fill in (from `ashby offer start`); required; an id' --offer-form.field-submissions 'answers, each {path, value} for one form field; required with offerForm; JSON array, or one JSON object per use (repeatable)' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer info'
            printf '%s\t%s\n' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'offer list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --offer-status 'only offers at this step of the offer process; repeatable' --acceptance-status 'only offers in this acceptance state; repeatable' --application-id 'only offers for this application; an id or a name' --approval-status 'only offers whose newest version has this approval outcome; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'offer set-decided-at'
            printf '%s\t%s\n' --decided-at 'when the candidate decided; required; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer set-status-raw'
            printf '%s\t%s\n' --acceptance-status 'what became of the offer; required' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer start'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer start-approval-process'
            printf '%s\t%s\n' --note 'a message for the approvers' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer update'
            printf '%s\t%s\n' --offer-form.field-submissions 'answers, each {path, value} for one form field; required with offerForm; JSON array, or one JSON object per use (repeatable)' --exclude-form-definition 'skip the form layout in the reply, for smaller output; --no-exclude-form-definition or --exclude-form-definition=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer create'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --application 'application id, or the candidate\'s email or name' --job 'the job, when the candidate has several applications' --answers 'offer form values: JSON or YAML keyed by field title or path (- for stdin)' --field 'one offer form value, by field title or path (repeatable)' --approve 'start the approval process once the offer is created' --no-approve 'do not start the approval process (and do not ask)' --note 'note for the approvers (with --approve)' --offer-process 'continue this open offer process (found on its own when it was started here or Ashby names it)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer cancel'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, when the candidate has several applications' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer process show'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --job 'the job, when the candidate has several applications'
        case 'offer set-status'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --status 'accepted or declined' --decided-at 'when they decided: "2026-11-30 14:00" is local time (default: now)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'offer-process start'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening add-job'
            printf '%s\t%s\n' --job-id 'the job (see `ashby job list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening add-location'
            printf '%s\t%s\n' --location-id 'the location (see `ashby location list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening create'
            printf '%s\t%s\n' --identifier 'your code for the opening, e.g. REQ-42' --description 'free-text notes about the opening' --team-id 'the team it belongs to (see `ashby department list`); an id' --location-ids 'locations for this opening (see `ashby location list`); repeatable; ids' --job-ids 'jobs this opening is for (see `ashby job list`); repeatable; ids' --target-hire-date 'hire-by date you are aiming for, YYYY-MM-DD' --target-start-date 'the day you hope the hire starts, YYYY-MM-DD' --is-backfill 'it replaces someone who left; --no-is-backfill or --is-backfill=false to send false' --employment-type 'kind of employment the hire gets' --opening-state 'state to create it in (default: Draft)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'opening list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'opening remove-job'
            printf '%s\t%s\n' --job-id 'the job (see `ashby job list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening remove-location'
            printf '%s\t%s\n' --location-id 'the location (see `ashby location list`); required; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening search'
            printf '%s\t%s\n' --identifier 'find by the opening\'s code, e.g. REQ-42; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'opening set-archived'
            printf '%s\t%s\n' --archive 'true archives the opening, false restores it; --no-archive or --archive=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening set-opening-state'
            printf '%s\t%s\n' --opening-state 'the state to put it in' --close-reason-id 'why it closed, when closing (see `ashby close-reason list`); an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'opening update'
            printf '%s\t%s\n' --identifier 'your code for the opening, e.g. REQ-42' --description 'free-text notes about the opening' --team-id 'the team it belongs to (see `ashby department list`); an id' --target-hire-date 'hire-by date you are aiming for, YYYY-MM-DD' --target-start-date 'the day you hope the hire starts, YYYY-MM-DD' --is-backfill 'it replaces someone who left; --no-is-backfill or --is-backfill=false to send false' --employment-type 'kind of employment the hire gets' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project archive'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project create'
            printf '%s\t%s\n' --title 'the project\'s name; required' --description 'longer text shown with the label; JSON object or any' --confidential 'keep it visible only to its members; --no-confidential or --confidential=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'project list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'project restore'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project search'
            printf '%s\t%s\n' --title 'find by project title' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'project set-custom-field-value'
            printf '%s\t%s\n' --field-id 'the custom field (see `ashby custom-field list`); required; an id or a name' --value 'the value as typed (an option, yes, 4, a list) or JSON; required; JSON string or number or boolean or array' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project set-custom-field-values'
            printf '%s\t%s\n' --values 'several fields at once, each {fieldId, fieldValue}; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'project update'
            printf '%s\t%s\n' --title 'rename the project to this' --description 'longer text shown with the label; JSON object or any' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'referral create'
            printf '%s\t%s\n' --id 'the referral form (see `ashby referral-form info`); required; an id' --credited-to-user-id 'the employee who made the referral (see `ashby user list`); required; an id or a name' --field-submissions 'answers, each {path, value} for one form field; required; JSON array, or one JSON object per use (repeatable)' --created-at 'when the referral was made, if not just now; a date, a local time ("2024-05-31 09:00"), ISO 8601 with a zone, or an age such as 7d (that long ago)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'referral-form info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)'
        case 'report generate'
            printf '%s\t%s\n' --include-headers-in-data 'start the data rows with a row of column names; on unless --no-include-headers-in-data' --request-id 'poll a run started before, by the id it returned; an id' --result-style 'results in the answer, or as a link to download' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'report synchronous'
            printf '%s\t%s\n' --include-headers-in-data 'start the data rows with a row of column names; on unless --no-include-headers-in-data' --result-style 'results in the answer, or as a link to download' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'report run'
            printf '%s\t%s\n' --poll-interval 'seconds between checks on a report that is still running' --async 'skip the synchronous attempt: start the report in the background and poll it'
        case 'sequence add-raw'
            printf '%s\t%s\n' --sequence-template-id 'the template (see `ashby sequence-template list`); required; an id' --candidate-id 'the candidate (see `ashby candidate search`); required; an id or a name' --application-id 'the application (see `ashby application list`); an id or a name' --from.email 'send from this address (see `ashby email-sender list`); required with from' --start 'start sending right away (false leaves a draft); required; --no-start or --start=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sequence cancel'
            printf '%s\t%s\n' --reason 'why it stops' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sequence discard'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sequence info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'sequence list'
            printf '%s\t%s\n' --candidate-id 'the candidate (see `ashby candidate search`); an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'sequence start-raw'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sequence update-stage'
            printf '%s\t%s\n' --stage-id 'the email stage of the sequence to change; required; an id' --subject 'subject of the message' --body.type 'what kind of value it holds; required with body' --body.value 'the value, of the kind given by type; required with body' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'sequence add'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --template 'the sequence template, by title or id (see `ashby sequence-template list`)' --application 'the application whose details fill the emails\' placeholders' --from 'send from this address (see `ashby email-sender list`; default: your own)' --start 'start sending at once instead of leaving a draft'
        case 'sequence start'
            printf '%s\t%s\n' --refresh-cache 'look names up in the API again instead of the local cache' --template 'the sequence template, by title or id (see `ashby sequence-template list`)' --application 'the application whose details fill the emails\' placeholders' --from 'send from this address (see `ashby email-sender list`; default: your own)'
        case 'sequence-template info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'sequence-template list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'source list'
            printf '%s\t%s\n' --include-archived 'include archived ones too; --no-include-archived or --include-archived=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'source-tracking-link list'
            printf '%s\t%s\n' --include-disabled 'list disabled links as well; --no-include-disabled or --include-disabled=false to send false' --source-id 'the source to credit (see `ashby source list`); an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'survey-form-definition info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'survey-form-definition list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'survey-request create'
            printf '%s\t%s\n' --candidate-id 'the candidate (see `ashby candidate search`); required; an id or a name' --application-id 'the application (see `ashby application list`); required; an id or a name' --survey-form-definition-id 'the survey form (see `ashby survey-form-definition list`); required; an id' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'survey-request list'
            printf '%s\t%s\n' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --survey-type 'which kind of survey; required' --application-id 'only requests for this application; an id or a name' --candidate-id 'only requests for this candidate; an id or a name' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'survey-submission create'
            printf '%s\t%s\n' --candidate-id 'the candidate (see `ashby candidate search`); required; an id or a name' --application-id 'the application (see `ashby application list`); required; an id or a name' --survey-form-definition-id 'the survey form (see `ashby survey-form-definition list`); required; an id' --submitted-values 'answers keyed by question id from the form; required; JSON object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'survey-submission list'
            printf '%s\t%s\n' --survey-type 'which kind of survey; required' --created-after 'only those created later than this; a date, a local time, an age such as 7d (that long ago), or ms since 1970' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'take-home-assignment info'
            printf '%s\t%s\n' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'take-home-assignment list'
            printf '%s\t%s\n' --application-id 'the application (see `ashby application list`); an id or a name' --candidate-id 'the candidate (see `ashby candidate search`); an id or a name' --expand 'also fetch these related records; repeatable' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'user create-interviewer-pause'
            printf '%s\t%s\n' --starts-at 'when the pause starts (default: now); a date, a local time ("2024-05-31 09:00") or ISO 8601 with a zone' --ends-at 'when the pause ends (default: no end); a date, a local time ("2024-05-31 09:00") or ISO 8601 with a zone' --comment 'why they are paused, for colleagues' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'user delete-interviewer-pause'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'user info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'user interviewer-settings'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'user list'
            printf '%s\t%s\n' --include-deactivated 'list deactivated users as well; --no-include-deactivated or --include-deactivated=false to send false' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --limit 'stop after this many records (default: one page of up to 100)' --all 'fetch every page' --cursor 'start at this page cursor (from a previous response)' --sync-token 'only what changed since this sync token' --sync-state 'incremental sync: read the token from this file and save the new one after a complete pass'
        case 'user list-interviewer-pauses'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'user search'
            printf '%s\t%s\n' --email 'find the user with this email; required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'user set-custom-field-value'
            printf '%s\t%s\n' --field-id 'the custom field (see `ashby custom-field list`); required; an id or a name' --field-value 'the value as typed (an option, yes, 4, 120000 USD) or JSON; required; JSON boolean or string or array or number or object' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'user set-custom-field-values'
            printf '%s\t%s\n' --values 'several fields at once, each {fieldId, fieldValue}; required; JSON array, or one JSON object per use (repeatable)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'user update-interviewer-settings'
            printf '%s\t%s\n' --daily-limit 'cap on interviews in one day' --weekly-limit 'cap on interviews in one week' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'version list'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'webhook create-raw'
            printf '%s\t%s\n' --webhook-type 'the event to be told about; required' --request-url 'where Ashby posts the events; required' --secret-token 'secret for checking deliveries (`ashby webhook verify`); required' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook delete-raw'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook info'
            printf '%s\t%s\n' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema'
        case 'webhook update-raw'
            printf '%s\t%s\n' --enabled 'turn deliveries on or off; --no-enabled or --enabled=false to send false' --request-url 'where Ashby posts the events' --secret-token 'secret for checking deliveries (`ashby webhook verify`)' --data 'request body as a JSON object (flags are merged on top)' --input 'read the JSON request body from a file, or - for stdin (flags are merged on top)' --no-validate 'send the body even where it does not fit our copy of the schema' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook create'
            printf '%s\t%s\n' --event 'event type, e.g. applicationSubmit or candidateHire (required)' --url 'the https URL Ashby should POST events to (required)' --secret 'signing secret (default: 64 random hex characters, printed once)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook update'
            printf '%s\t%s\n' --url 'new URL to deliver events to' --enable 'resume deliveries' --disable 'pause deliveries' --secret 'new signing secret' --rotate-secret 'generate a new strong secret (printed once)' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook delete'
            printf '%s\t%s\n' --from 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header' --concurrency 'with --from: requests in flight at once (default 8)' --journal 'with --from: record each outcome in FILE as it happens, for --resume' --resume 'with --journal: skip records already applied, report those whose outcome is unknown' --retry-unknown 'with --resume: send again the records whose outcome is unknown' --max 'with --from: refuse an input of more than N records'
        case 'webhook listen'
            printf '%s\t%s\n' --port 'port on 127.0.0.1 (default: any free port)' --secret 'the webhook\'s signing secret (env: ASHBY_WEBHOOK_SECRET)' --events 'only these event types, comma-separated (others are acknowledged and dropped)' --forward-to 'also pass each event on, unchanged and still signed, to this URL'
        case 'webhook verify'
            printf '%s\t%s\n' --secret 'the webhook\'s signing secret (env: ASHBY_WEBHOOK_SECRET)' --signature 'the Ashby-Signature header value, sha256=<hex>'
        case 'webhook trigger'
            printf '%s\t%s\n' --url 'the receiver to POST to' --secret 'signing secret (env: ASHBY_WEBHOOK_SECRET); without one the request is unsigned' --id 'webhookActionId to send (default: a new one); repeat one to test de-duplication'
    end
end

function __ashby_gflags
    printf '%s\t%s\n' --profile 'use this stored profile (env: ASHBY_PROFILE)' --base-url 'API base URL (env: ASHBY_BASE_URL; default https://api.ashbyhq.com)' --output 'output format' -o 'output format' --json 'shorthand for --output json' --fields 'only these fields, comma-separated dot paths (e.g. id,name,primaryEmailAddress.value)' --jq 'filter the JSON output with a jq expression (built in; no jq needed)' --csv-raw 'CSV cells exactly as sent: no \' before a cell starting with = + - @ (spreadsheet formula guard)' --yes 'skip confirmations (needed for destructive actions without a terminal)' -y 'skip confirmations (needed for destructive actions without a terminal)' --no-input 'never prompt; fail if a value is missing' --dry-run 'print the requests that would be sent and send nothing' --debug 'trace HTTP requests and responses to stderr, secrets redacted (env: ASHBY_DEBUG=1)' --color 'colour: auto, always or never (NO_COLOR is honoured)' --sandbox 'run against the offline sandbox organisation kept in the config dir (env: ASHBY_SANDBOX=1)' --raw 'print the whole API response envelope' --max-retries 'retries of a request for rate limits and failed reads, in --from batches too (default 3)' --timeout 'per-request timeout in seconds (default 60)' --on-behalf-of 'act as this Ashby user: an id, email or name (env: ASHBY_ON_BEHALF_OF; the key needs that setting)' --help 'show help for a command' -h 'show help for a command' --version 'print the version' -V 'print the version'
end

# "<path>|<flag>" -> how its value completes, one word a line (none: no value).
function __ashby_spec
    switch $argv[1]
        case 'api|--raw-field' 'api|-f' 'api|--field' 'api|-F' 'api|--limit' 'feedback submit|--form' 'feedback submit|--field' 'feedback submit|--interview-event' 'feedback submit|--from' 'feedback submit|--concurrency' 'feedback submit|--journal' 'feedback submit|--max' 'sandbox serve|--host' 'sandbox serve|--port' 'sandbox serve|--seed' 'sandbox serve|--candidates' 'sandbox serve|--api-key' 'sandbox serve|--faults' 'sandbox serve|--latency' 'sandbox serve|--rate-limit' 'sandbox reset|--seed' 'sandbox reset|--candidates' 'sync|--concurrency' 'sql|--max-age' 'search|--kind' 'search|--limit' 'search|--max-age' 'pipeline|--since' 'pipeline|--until' 'pipeline|--max-age' 'funnel|--since' 'funnel|--until' 'funnel|--max-age' 'funnel|--by' 'stale|--since' 'stale|--until' 'stale|--max-age' 'stale|--days' 'time-in-stage|--since' 'time-in-stage|--until' 'time-in-stage|--max-age' 'mcp|--tools' 'mcp|--print-config' 'api-key info|--data' 'application add-hiring-team-member|--role-id' 'application add-hiring-team-member|--data' 'application add-hiring-team-member|--concurrency' 'application add-hiring-team-member|--max' 'application change-source|--data' 'application change-source|--concurrency' 'application change-source|--max' 'application change-stage|--archive-email.communication-template-id' 'application change-stage|--archive-email.send-at' 'application change-stage|--data' 'application change-stage|--concurrency' 'application change-stage|--max' 'application create|--interview-plan-id' 'application create|--created-at' 'application create|--application-history' 'application create|--data' 'application create|--concurrency' 'application create|--max' 'application delete-raw|--data' 'application delete-raw|--concurrency' 'application delete-raw|--max' 'application info|--submitted-form-instance-id' 'application info|--data' 'application list|--created-after' 'application list|--created-before' 'application list|--data' 'application list|--limit' 'application list|--cursor' 'application list|--sync-token' 'application list-criteria-evaluations|--data' 'application list-criteria-evaluations|--limit' 'application list-criteria-evaluations|--cursor' 'application list-history|--data' 'application list-history|--limit' 'application list-history|--cursor' 'application remove-hiring-team-member|--role-id' 'application remove-hiring-team-member|--data' 'application remove-hiring-team-member|--concurrency' 'application remove-hiring-team-member|--max' 'application transfer-raw|--interview-plan-id' 'application transfer-raw|--data' 'application transfer-raw|--concurrency' 'application transfer-raw|--max' 'application update|--created-at' 'application update|--data' 'application update|--concurrency' 'application update|--max' 'application update-history|--application-history' 'application update-history|--data' 'application update-history|--concurrency' 'application update-history|--max' 'application archive|--send-at' 'application archive|--from' 'application archive|--concurrency' 'application archive|--journal' 'application archive|--max' 'application stage|--from' 'application stage|--concurrency' 'application stage|--journal' 'application stage|--max' 'application hire|--from' 'application hire|--concurrency' 'application hire|--journal' 'application hire|--max' 'application transfer|--from' 'application transfer|--concurrency' 'application transfer|--journal' 'application transfer|--max' 'application delete|--from' 'application delete|--concurrency' 'application delete|--journal' 'application delete|--max' 'application-feedback list|--created-after' 'application-feedback list|--data' 'application-feedback list|--limit' 'application-feedback list|--cursor' 'application-feedback list|--sync-token' 'application-feedback submit|--feedback-form.field-submissions' 'application-feedback submit|--form-definition-id' 'application-feedback submit|--interview-event-id' 'application-feedback submit|--data' 'application-feedback submit|--concurrency' 'application-feedback submit|--max' 'application-feedback-request create|--data' 'application-feedback-request create|--concurrency' 'application-feedback-request create|--max' 'application-form submit|--job-posting-id' 'application-form submit|--application-form.field-submissions' 'application-form submit|--utm-data.utm-source' 'application-form submit|--utm-data.utm-campaign' 'application-form submit|--utm-data.utm-medium' 'application-form submit|--utm-data.utm-term' 'application-form submit|--utm-data.utm-content' 'application-form submit|--tag-ids' 'application-form submit|--data' 'application-form submit|--concurrency' 'application-form submit|--max' 'application-hiring-team-role list|--data' 'approval list|--entity-id' 'approval list|--data' 'approval list|--limit' 'approval list|--cursor' 'approval list|--sync-token' 'approval-definition update|--entity-id' 'approval-definition update|--approval-step-definitions' 'approval-definition update|--data' 'approval-definition update|--concurrency' 'approval-definition update|--max' 'archive-reason list|--data' 'audit-log list-raw|--start-date' 'audit-log list-raw|--end-date' 'audit-log list-raw|--actor-ids' 'audit-log list-raw|--target-ids' 'audit-log list-raw|--target-types' 'audit-log list-raw|--categories' 'audit-log list-raw|--data' 'audit-log list-raw|--limit' 'audit-log list-raw|--cursor' 'audit-log list|--since' 'audit-log list|--until' 'audit-log list|--target' 'audit-log list|--target-type' 'audit-log list|--category' 'audit-log list|--limit' 'assessment add-completed-to-candidate|--partner-id' 'assessment add-completed-to-candidate|--assessment.assessment-type-id' 'assessment add-completed-to-candidate|--assessment.assessment-id' 'assessment add-completed-to-candidate|--assessment.assessment-name' 'assessment add-completed-to-candidate|--assessment.result.identifier' 'assessment add-completed-to-candidate|--assessment.result.label' 'assessment add-completed-to-candidate|--assessment.result.description' 'assessment add-completed-to-candidate|--assessment.result.value' 'assessment add-completed-to-candidate|--assessment.metadata' 'assessment add-completed-to-candidate|--timestamp' 'assessment add-completed-to-candidate|--data' 'assessment add-completed-to-candidate|--concurrency' 'assessment add-completed-to-candidate|--max' 'assessment update|--assessment-id' 'assessment update|--timestamp' 'assessment update|--assessment-status.identifier' 'assessment update|--assessment-status.label' 'assessment update|--assessment-status.description' 'assessment update|--assessment-status.value' 'assessment update|--assessment-profile-url.identifier' 'assessment update|--assessment-profile-url.label' 'assessment update|--assessment-profile-url.description' 'assessment update|--assessment-profile-url.value' 'assessment update|--assessment-result.identifier' 'assessment update|--assessment-result.label' 'assessment update|--assessment-result.description' 'assessment update|--assessment-result.value' 'assessment update|--cancelled-reason.identifier' 'assessment update|--cancelled-reason.label' 'assessment update|--cancelled-reason.description' 'assessment update|--cancelled-reason.value' 'assessment update|--metadata' 'assessment update|--data' 'assessment update|--concurrency' 'assessment update|--max' 'brand list|--data' 'brand list|--limit' 'brand list|--cursor' 'candidate add-email-message|--email-provider-email-id' 'candidate add-email-message|--subject' 'candidate add-email-message|--from-address' 'candidate add-email-message|--to' 'candidate add-email-message|--body' 'candidate add-email-message|--sent-at' 'candidate add-email-message|--cc' 'candidate add-email-message|--message-url' 'candidate add-email-message|--message-id-header' 'candidate add-email-message|--thread-id' 'candidate add-email-message|--data' 'candidate add-email-message|--concurrency' 'candidate add-email-message|--max' 'candidate add-project|--project-id' 'candidate add-project|--data' 'candidate add-project|--concurrency' 'candidate add-project|--max' 'candidate add-tag|--data' 'candidate add-tag|--concurrency' 'candidate add-tag|--max' 'candidate anonymize|--data' 'candidate anonymize|--concurrency' 'candidate anonymize|--max' 'candidate create|--name' 'candidate create|--email' 'candidate create|--phone-number' 'candidate create|--linked-in-url' 'candidate create|--github-url' 'candidate create|--website' 'candidate create|--alternate-email-addresses' 'candidate create|--location.city' 'candidate create|--location.region' 'candidate create|--location.country' 'candidate create|--created-at' 'candidate create|--data' 'candidate create|--concurrency' 'candidate create|--max' 'candidate create-note|--note' 'candidate create-note|--created-at' 'candidate create-note|--data' 'candidate create-note|--concurrency' 'candidate create-note|--max' 'candidate info|--external-mapping-id' 'candidate info|--data' 'candidate list|--created-after' 'candidate list|--created-before' 'candidate list|--data' 'candidate list|--limit' 'candidate list|--cursor' 'candidate list|--sync-token' 'candidate list-client-info|--data' 'candidate list-client-info|--limit' 'candidate list-client-info|--cursor' 'candidate list-client-info|--sync-token' 'candidate list-fraud-checks|--data' 'candidate list-fraud-checks|--limit' 'candidate list-fraud-checks|--cursor' 'candidate list-notes|--data' 'candidate list-notes|--limit' 'candidate list-notes|--cursor' 'candidate list-notes|--sync-token' 'candidate list-projects|--data' 'candidate list-projects|--limit' 'candidate list-projects|--cursor' 'candidate push-to-hris-raw|--integration-partner-id' 'candidate push-to-hris-raw|--data' 'candidate push-to-hris-raw|--concurrency' 'candidate push-to-hris-raw|--max' 'candidate remove-project|--project-id' 'candidate remove-project|--data' 'candidate remove-project|--concurrency' 'candidate remove-project|--max' 'candidate remove-tag|--data' 'candidate remove-tag|--concurrency' 'candidate remove-tag|--max' 'candidate search|--email' 'candidate search|--data' 'candidate set-fraud-status|--data' 'candidate set-fraud-status|--concurrency' 'candidate set-fraud-status|--max' 'candidate update|--name' 'candidate update|--email' 'candidate update|--phone-number' 'candidate update|--linked-in-url' 'candidate update|--github-url' 'candidate update|--website-url' 'candidate update|--alternate-email' 'candidate update|--social-links' 'candidate update|--location.city' 'candidate update|--location.region' 'candidate update|--location.country' 'candidate update|--created-at' 'candidate update|--data' 'candidate update|--concurrency' 'candidate update|--max' 'candidate upload-file-raw|--file-handle' 'candidate upload-file-raw|--data' 'candidate upload-file-raw|--concurrency' 'candidate upload-file-raw|--max' 'candidate upload-resume-raw|--resume-handle' 'candidate upload-resume-raw|--data' 'candidate upload-resume-raw|--concurrency' 'candidate upload-resume-raw|--max' 'candidate add|--name' 'candidate add|--email' 'candidate add|--phone' 'candidate add|--linkedin' 'candidate add|--note' 'candidate add|--from' 'candidate add|--concurrency' 'candidate add|--journal' 'candidate add|--max' 'candidate upload-resume|--path' 'candidate upload-resume|--content-type' 'candidate upload-resume|--from' 'candidate upload-resume|--concurrency' 'candidate upload-resume|--journal' 'candidate upload-resume|--max' 'candidate upload-file|--path' 'candidate upload-file|--content-type' 'candidate upload-file|--from' 'candidate upload-file|--concurrency' 'candidate upload-file|--journal' 'candidate upload-file|--max' 'candidate push-hris|--system' 'candidate push-hris|--integration-partner-id' 'candidate push-hris|--from' 'candidate push-hris|--concurrency' 'candidate push-hris|--journal' 'candidate push-hris|--max' 'candidate-tag archive|--data' 'candidate-tag archive|--concurrency' 'candidate-tag archive|--max' 'candidate-tag create|--title' 'candidate-tag create|--data' 'candidate-tag create|--concurrency' 'candidate-tag create|--max' 'candidate-tag list|--data' 'candidate-tag list|--limit' 'candidate-tag list|--cursor' 'candidate-tag list|--sync-token' 'close-reason list|--data' 'communication-template list|--data' 'custom-field create|--title' 'custom-field create|--description' 'custom-field create|--selectable-values' 'custom-field create|--data' 'custom-field create|--concurrency' 'custom-field create|--max' 'custom-field info|--data' 'custom-field list|--data' 'custom-field list|--limit' 'custom-field list|--cursor' 'custom-field list|--sync-token' 'custom-field set-value|--object-id' 'custom-field set-value|--field-value' 'custom-field set-value|--data' 'custom-field set-value|--concurrency' 'custom-field set-value|--max' 'custom-field set-values|--object-id' 'custom-field set-values|--values' 'custom-field set-values|--data' 'custom-field set-values|--concurrency' 'custom-field set-values|--max' 'custom-field update-selectable-values|--selectable-values' 'custom-field update-selectable-values|--data' 'custom-field update-selectable-values|--concurrency' 'custom-field update-selectable-values|--max' 'department archive|--data' 'department archive|--concurrency' 'department archive|--max' 'department create|--name' 'department create|--external-name' 'department create|--parent-id' 'department create|--extra-data' 'department create|--data' 'department create|--concurrency' 'department create|--max' 'department info|--data' 'department list|--data' 'department list|--limit' 'department list|--cursor' 'department list|--sync-token' 'department move|--parent-id' 'department move|--data' 'department move|--concurrency' 'department move|--max' 'department restore|--data' 'department restore|--concurrency' 'department restore|--max' 'department update|--name' 'department update|--external-name' 'department update|--extra-data' 'department update|--data' 'department update|--concurrency' 'department update|--max' 'email-sender list|--data' 'feedback-form-definition info|--data' 'feedback-form-definition list|--data' 'feedback-form-definition list|--limit' 'feedback-form-definition list|--cursor' 'feedback-form-definition list|--sync-token' 'file create-file-upload-handle|--filename' 'file create-file-upload-handle|--content-type' 'file create-file-upload-handle|--content-length' 'file create-file-upload-handle|--data' 'file create-file-upload-handle|--concurrency' 'file create-file-upload-handle|--max' 'file info|--data' 'hiring-team add-member|--role-id' 'hiring-team add-member|--opening-id' 'hiring-team add-member|--data' 'hiring-team add-member|--concurrency' 'hiring-team add-member|--max' 'hiring-team remove-member|--role-id' 'hiring-team remove-member|--opening-id' 'hiring-team remove-member|--data' 'hiring-team remove-member|--concurrency' 'hiring-team remove-member|--max' 'hiring-team-role list|--data' 'interview info|--data' 'interview list|--data' 'interview list|--limit' 'interview list|--cursor' 'interview list|--sync-token' 'interview schedule|--start' 'interview schedule|--duration' 'interview schedule|--from' 'interview schedule|--concurrency' 'interview schedule|--journal' 'interview schedule|--max' 'interview-briefing info|--data' 'interview-event list|--created-after' 'interview-event list|--data' 'interview-event list|--limit' 'interview-event list|--cursor' 'interview-event list|--sync-token' 'interview-plan list|--data' 'interview-plan list|--limit' 'interview-plan list|--cursor' 'interview-plan list|--sync-token' 'interview-schedule cancel|--data' 'interview-schedule cancel|--concurrency' 'interview-schedule cancel|--max' 'interview-schedule create|--interview-events' 'interview-schedule create|--data' 'interview-schedule create|--concurrency' 'interview-schedule create|--max' 'interview-schedule list|--created-after' 'interview-schedule list|--data' 'interview-schedule list|--limit' 'interview-schedule list|--cursor' 'interview-schedule list|--sync-token' 'interview-schedule update|--interview-event' 'interview-schedule update|--interview-event-id-to-cancel' 'interview-schedule update|--data' 'interview-schedule update|--concurrency' 'interview-schedule update|--max' 'interview-stage info|--data' 'interview-stage list|--data' 'interview-stage-group list|--data' 'interviewer-pool add-user|--interviewer-pool-training-path-stage-id' 'interviewer-pool add-user|--data' 'interviewer-pool add-user|--concurrency' 'interviewer-pool add-user|--max' 'interviewer-pool archive|--data' 'interviewer-pool archive|--concurrency' 'interviewer-pool archive|--max' 'interviewer-pool create|--title' 'interviewer-pool create|--data' 'interviewer-pool create|--concurrency' 'interviewer-pool create|--max' 'interviewer-pool info|--data' 'interviewer-pool list|--data' 'interviewer-pool list|--limit' 'interviewer-pool list|--cursor' 'interviewer-pool list|--sync-token' 'interviewer-pool remove-user|--data' 'interviewer-pool remove-user|--concurrency' 'interviewer-pool remove-user|--max' 'interviewer-pool restore|--data' 'interviewer-pool restore|--concurrency' 'interviewer-pool restore|--max' 'interviewer-pool update|--title' 'interviewer-pool update|--data' 'interviewer-pool update|--concurrency' 'interviewer-pool update|--max' 'job create|--title' 'job create|--team-id' 'job create|--default-interview-plan-id' 'job create|--job-template-id' 'job create|--brand-id' 'job create|--data' 'job create|--concurrency' 'job create|--max' 'job info|--data' 'job list|--created-after' 'job list|--opened-after' 'job list|--opened-before' 'job list|--closed-after' 'job list|--closed-before' 'job list|--data' 'job list|--limit' 'job list|--cursor' 'job list|--sync-token' 'job search|--title' 'job search|--requisition-id' 'job search|--data' 'job set-status|--data' 'job set-status|--concurrency' 'job set-status|--max' 'job update|--title' 'job update|--team-id' 'job update|--default-interview-plan-id' 'job update|--custom-requisition-id' 'job update|--data' 'job update|--concurrency' 'job update|--max' 'job update-compensation|--compensation-tiers' 'job update-compensation|--data' 'job update-compensation|--concurrency' 'job update-compensation|--max' 'job update-compensation-settings|--data' 'job update-compensation-settings|--concurrency' 'job update-compensation-settings|--max' 'job-board list|--data' 'job-interview-plan info|--data' 'job-posting info|--job-board-id' 'job-posting info|--data' 'job-posting list|--location' 'job-posting list|--department' 'job-posting list|--job-board-id' 'job-posting list|--data' 'job-posting set-custom-field-value|--reference-identifier' 'job-posting set-custom-field-value|--value' 'job-posting set-custom-field-value|--data' 'job-posting set-custom-field-value|--concurrency' 'job-posting set-custom-field-value|--max' 'job-posting set-custom-field-values|--values' 'job-posting set-custom-field-values|--data' 'job-posting set-custom-field-values|--concurrency' 'job-posting set-custom-field-values|--max' 'job-posting set-status|--data' 'job-posting set-status|--concurrency' 'job-posting set-status|--max' 'job-posting update|--title' 'job-posting update|--description.content' 'job-posting update|--application-confirmation-email-template-id' 'job-posting update|--data' 'job-posting update|--concurrency' 'job-posting update|--max' 'job-posting update-compensation|--compensation-tiers' 'job-posting update-compensation|--data' 'job-posting update-compensation|--concurrency' 'job-posting update-compensation|--max' 'job-posting update-compensation-settings|--data' 'job-posting update-compensation-settings|--concurrency' 'job-posting update-compensation-settings|--max' 'job-template list|--data' 'job-template list|--limit' 'job-template list|--cursor' 'job-template list|--sync-token' 'location archive|--data' 'location archive|--concurrency' 'location archive|--max' 'location create|--name' 'location create|--address.postal-address.address-country' 'location create|--address.postal-address.address-region' 'location create|--address.postal-address.address-locality' 'location create|--address.postal-address.postal-code' 'location create|--address.postal-address.street-address' 'location create|--parent-location-id' 'location create|--external-name' 'location create|--extra-data' 'location create|--data' 'location create|--concurrency' 'location create|--max' 'location info|--data' 'location list|--data' 'location list|--limit' 'location list|--cursor' 'location list|--sync-token' 'location move|--parent-location-hierarchy-id' 'location move|--data' 'location move|--concurrency' 'location move|--max' 'location restore|--data' 'location restore|--concurrency' 'location restore|--max' 'location update-address|--address.postal-address.address-country' 'location update-address|--address.postal-address.address-region' 'location update-address|--address.postal-address.address-locality' 'location update-address|--address.postal-address.postal-code' 'location update-address|--address.postal-address.street-address' 'location update-address|--data' 'location update-address|--concurrency' 'location update-address|--max' 'location update-external-name|--external-name' 'location update-external-name|--data' 'location update-external-name|--concurrency' 'location update-external-name|--max' 'location update-name|--name' 'location update-name|--data' 'location update-name|--concurrency' 'location update-name|--max' 'location update-workplace-type|--data' 'location update-workplace-type|--concurrency' 'location update-workplace-type|--max' 'notetaker-transcript info|--data' 'offer approve|--approval-step-id' 'offer approve|--data' 'offer approve|--concurrency' 'offer approve|--max' 'offer create-raw|--offer-process-id' 'offer create-raw|--offer-form-id' 'offer create-raw|--offer-form.field-submissions' 'offer create-raw|--data' 'offer create-raw|--concurrency' 'offer create-raw|--max' 'offer info|--data' 'offer list|--created-after' 'offer list|--data' 'offer list|--limit' 'offer list|--cursor' 'offer list|--sync-token' 'offer set-decided-at|--decided-at' 'offer set-decided-at|--data' 'offer set-decided-at|--concurrency' 'offer set-decided-at|--max' 'offer set-status-raw|--data' 'offer set-status-raw|--concurrency' 'offer set-status-raw|--max' 'offer start|--data' 'offer start|--concurrency' 'offer start|--max' 'offer start-approval-process|--note' 'offer start-approval-process|--data' 'offer start-approval-process|--concurrency' 'offer start-approval-process|--max' 'offer update|--offer-form.field-submissions' 'offer update|--data' 'offer update|--concurrency' 'offer update|--max' 'offer create|--field' 'offer create|--note' 'offer create|--offer-process' 'offer create|--from' 'offer create|--concurrency' 'offer create|--journal' 'offer create|--max' 'offer cancel|--from' 'offer cancel|--concurrency' 'offer cancel|--journal' 'offer cancel|--max' 'offer set-status|--status' 'offer set-status|--decided-at' 'offer set-status|--from' 'offer set-status|--concurrency' 'offer set-status|--journal' 'offer set-status|--max' 'offer-process start|--data' 'offer-process start|--concurrency' 'offer-process start|--max' 'opening add-job|--data' 'opening add-job|--concurrency' 'opening add-job|--max' 'opening add-location|--data' 'opening add-location|--concurrency' 'opening add-location|--max' 'opening create|--identifier' 'opening create|--description' 'opening create|--team-id' 'opening create|--location-ids' 'opening create|--job-ids' 'opening create|--target-hire-date' 'opening create|--target-start-date' 'opening create|--data' 'opening create|--concurrency' 'opening create|--max' 'opening info|--data' 'opening list|--created-after' 'opening list|--data' 'opening list|--limit' 'opening list|--cursor' 'opening list|--sync-token' 'opening remove-job|--data' 'opening remove-job|--concurrency' 'opening remove-job|--max' 'opening remove-location|--data' 'opening remove-location|--concurrency' 'opening remove-location|--max' 'opening search|--identifier' 'opening search|--data' 'opening set-archived|--data' 'opening set-archived|--concurrency' 'opening set-archived|--max' 'opening set-opening-state|--close-reason-id' 'opening set-opening-state|--data' 'opening set-opening-state|--concurrency' 'opening set-opening-state|--max' 'opening update|--identifier' 'opening update|--description' 'opening update|--team-id' 'opening update|--target-hire-date' 'opening update|--target-start-date' 'opening update|--data' 'opening update|--concurrency' 'opening update|--max' 'project archive|--data' 'project archive|--concurrency' 'project archive|--max' 'project create|--title' 'project create|--description' 'project create|--data' 'project create|--concurrency' 'project create|--max' 'project info|--data' 'project list|--created-after' 'project list|--data' 'project list|--limit' 'project list|--cursor' 'project list|--sync-token' 'project restore|--data' 'project restore|--concurrency' 'project restore|--max' 'project search|--title' 'project search|--data' 'project set-custom-field-value|--value' 'project set-custom-field-value|--data' 'project set-custom-field-value|--concurrency' 'project set-custom-field-value|--max' 'project set-custom-field-values|--values' 'project set-custom-field-values|--data' 'project set-custom-field-values|--concurrency' 'project set-custom-field-values|--max' 'project update|--title' 'project update|--description' 'project update|--data' 'project update|--concurrency' 'project update|--max' 'referral create|--id' 'referral create|--field-submissions' 'referral create|--created-at' 'referral create|--data' 'referral create|--concurrency' 'referral create|--max' 'referral-form info|--data' 'report generate|--request-id' 'report generate|--data' 'report synchronous|--result-style' 'report synchronous|--data' 'report run|--poll-interval' 'sequence add-raw|--sequence-template-id' 'sequence add-raw|--from.email' 'sequence add-raw|--data' 'sequence add-raw|--concurrency' 'sequence add-raw|--max' 'sequence cancel|--data' 'sequence cancel|--concurrency' 'sequence cancel|--max' 'sequence discard|--data' 'sequence discard|--concurrency' 'sequence discard|--max' 'sequence info|--data' 'sequence list|--data' 'sequence list|--limit' 'sequence list|--cursor' 'sequence list|--sync-token' 'sequence start-raw|--data' 'sequence start-raw|--concurrency' 'sequence start-raw|--max' 'sequence update-stage|--stage-id' 'sequence update-stage|--subject' 'sequence update-stage|--body.value' 'sequence update-stage|--data' 'sequence update-stage|--concurrency' 'sequence update-stage|--max' 'sequence add|--template' 'sequence add|--application' 'sequence add|--from' 'sequence start|--template' 'sequence start|--application' 'sequence start|--from' 'sequence-template info|--data' 'sequence-template list|--data' 'sequence-template list|--limit' 'sequence-template list|--cursor' 'sequence-template list|--sync-token' 'source list|--data' 'source-tracking-link list|--data' 'source-tracking-link list|--limit' 'source-tracking-link list|--cursor' 'source-tracking-link list|--sync-token' 'survey-form-definition info|--data' 'survey-form-definition list|--data' 'survey-form-definition list|--limit' 'survey-form-definition list|--cursor' 'survey-form-definition list|--sync-token' 'survey-request create|--survey-form-definition-id' 'survey-request create|--data' 'survey-request create|--concurrency' 'survey-request create|--max' 'survey-request list|--created-after' 'survey-request list|--data' 'survey-request list|--limit' 'survey-request list|--cursor' 'survey-request list|--sync-token' 'survey-submission create|--survey-form-definition-id' 'survey-submission create|--submitted-values' 'survey-submission create|--data' 'survey-submission create|--concurrency' 'survey-submission create|--max' 'survey-submission list|--created-after' 'survey-submission list|--data' 'survey-submission list|--limit' 'survey-submission list|--cursor' 'survey-submission list|--sync-token' 'take-home-assignment info|--data' 'take-home-assignment list|--data' 'take-home-assignment list|--limit' 'take-home-assignment list|--cursor' 'take-home-assignment list|--sync-token' 'user create-interviewer-pause|--starts-at' 'user create-interviewer-pause|--ends-at' 'user create-interviewer-pause|--comment' 'user create-interviewer-pause|--data' 'user create-interviewer-pause|--concurrency' 'user create-interviewer-pause|--max' 'user delete-interviewer-pause|--data' 'user delete-interviewer-pause|--concurrency' 'user delete-interviewer-pause|--max' 'user info|--data' 'user interviewer-settings|--data' 'user list|--data' 'user list|--limit' 'user list|--cursor' 'user list|--sync-token' 'user list-interviewer-pauses|--data' 'user search|--email' 'user search|--data' 'user set-custom-field-value|--field-value' 'user set-custom-field-value|--data' 'user set-custom-field-value|--concurrency' 'user set-custom-field-value|--max' 'user set-custom-field-values|--values' 'user set-custom-field-values|--data' 'user set-custom-field-values|--concurrency' 'user set-custom-field-values|--max' 'user update-interviewer-settings|--daily-limit' 'user update-interviewer-settings|--weekly-limit' 'user update-interviewer-settings|--data' 'user update-interviewer-settings|--concurrency' 'user update-interviewer-settings|--max' 'version list|--data' 'webhook create-raw|--request-url' 'webhook create-raw|--secret-token' 'webhook create-raw|--data' 'webhook create-raw|--concurrency' 'webhook create-raw|--max' 'webhook delete-raw|--data' 'webhook delete-raw|--concurrency' 'webhook delete-raw|--max' 'webhook info|--data' 'webhook update-raw|--request-url' 'webhook update-raw|--secret-token' 'webhook update-raw|--data' 'webhook update-raw|--concurrency' 'webhook update-raw|--max' 'webhook create|--event' 'webhook create|--url' 'webhook create|--secret' 'webhook create|--from' 'webhook create|--concurrency' 'webhook create|--journal' 'webhook create|--max' 'webhook update|--url' 'webhook update|--secret' 'webhook update|--from' 'webhook update|--concurrency' 'webhook update|--journal' 'webhook update|--max' 'webhook delete|--from' 'webhook delete|--concurrency' 'webhook delete|--journal' 'webhook delete|--max' 'webhook listen|--port' 'webhook listen|--secret' 'webhook listen|--events' 'webhook listen|--forward-to' 'webhook verify|--secret' 'webhook verify|--signature' 'webhook trigger|--url' 'webhook trigger|--secret' 'webhook trigger|--id'
            printf '%s\n' v
        case 'api|--input' 'feedback submit|--answers' 'sandbox serve|--state' 'sync|--db' 'sql|--db' 'search|--db' 'pipeline|--db' 'funnel|--db' 'stale|--db' 'time-in-stage|--db' 'api-key info|--input' 'application add-hiring-team-member|--input' 'application add-hiring-team-member|--from' 'application add-hiring-team-member|--journal' 'application change-source|--input' 'application change-source|--from' 'application change-source|--journal' 'application change-stage|--input' 'application change-stage|--from' 'application change-stage|--journal' 'application create|--input' 'application create|--from' 'application create|--journal' 'application delete-raw|--input' 'application delete-raw|--from' 'application delete-raw|--journal' 'application info|--input' 'application list|--input' 'application list|--sync-state' 'application list-criteria-evaluations|--input' 'application list-history|--input' 'application remove-hiring-team-member|--input' 'application remove-hiring-team-member|--from' 'application remove-hiring-team-member|--journal' 'application transfer-raw|--input' 'application transfer-raw|--from' 'application transfer-raw|--journal' 'application update|--input' 'application update|--from' 'application update|--journal' 'application update-history|--input' 'application update-history|--from' 'application update-history|--journal' 'application-feedback list|--input' 'application-feedback list|--sync-state' 'application-feedback submit|--input' 'application-feedback submit|--from' 'application-feedback submit|--journal' 'application-feedback-request create|--input' 'application-feedback-request create|--from' 'application-feedback-request create|--journal' 'application-form submit|--input' 'application-form submit|--from' 'application-form submit|--journal' 'application-hiring-team-role list|--input' 'approval list|--input' 'approval list|--sync-state' 'approval-definition update|--input' 'approval-definition update|--from' 'approval-definition update|--journal' 'archive-reason list|--input' 'audit-log list-raw|--input' 'assessment add-completed-to-candidate|--input' 'assessment add-completed-to-candidate|--from' 'assessment add-completed-to-candidate|--journal' 'assessment update|--input' 'assessment update|--from' 'assessment update|--journal' 'brand list|--input' 'candidate add-email-message|--input' 'candidate add-email-message|--from' 'candidate add-email-message|--journal' 'candidate add-project|--input' 'candidate add-project|--from' 'candidate add-project|--journal' 'candidate add-tag|--input' 'candidate add-tag|--from' 'candidate add-tag|--journal' 'candidate anonymize|--input' 'candidate anonymize|--from' 'candidate anonymize|--journal' 'candidate create|--input' 'candidate create|--from' 'candidate create|--journal' 'candidate create-note|--input' 'candidate create-note|--from' 'candidate create-note|--journal' 'candidate info|--input' 'candidate list|--input' 'candidate list|--sync-state' 'candidate list-client-info|--input' 'candidate list-client-info|--sync-state' 'candidate list-fraud-checks|--input' 'candidate list-notes|--input' 'candidate list-notes|--sync-state' 'candidate list-projects|--input' 'candidate push-to-hris-raw|--input' 'candidate push-to-hris-raw|--from' 'candidate push-to-hris-raw|--journal' 'candidate remove-project|--input' 'candidate remove-project|--from' 'candidate remove-project|--journal' 'candidate remove-tag|--input' 'candidate remove-tag|--from' 'candidate remove-tag|--journal' 'candidate search|--input' 'candidate set-fraud-status|--input' 'candidate set-fraud-status|--from' 'candidate set-fraud-status|--journal' 'candidate update|--input' 'candidate update|--from' 'candidate update|--journal' 'candidate upload-file-raw|--input' 'candidate upload-file-raw|--from' 'candidate upload-file-raw|--journal' 'candidate upload-resume-raw|--input' 'candidate upload-resume-raw|--from' 'candidate upload-resume-raw|--journal' 'candidate add|--resume' 'candidate-tag archive|--input' 'candidate-tag archive|--from' 'candidate-tag archive|--journal' 'candidate-tag create|--input' 'candidate-tag create|--from' 'candidate-tag create|--journal' 'candidate-tag list|--input' 'candidate-tag list|--sync-state' 'close-reason list|--input' 'communication-template list|--input' 'custom-field create|--input' 'custom-field create|--from' 'custom-field create|--journal' 'custom-field info|--input' 'custom-field list|--input' 'custom-field list|--sync-state' 'custom-field set-value|--input' 'custom-field set-value|--from' 'custom-field set-value|--journal' 'custom-field set-values|--input' 'custom-field set-values|--from' 'custom-field set-values|--journal' 'custom-field update-selectable-values|--input' 'custom-field update-selectable-values|--from' 'custom-field update-selectable-values|--journal' 'department archive|--input' 'department archive|--from' 'department archive|--journal' 'department create|--input' 'department create|--from' 'department create|--journal' 'department info|--input' 'department list|--input' 'department list|--sync-state' 'department move|--input' 'department move|--from' 'department move|--journal' 'department restore|--input' 'department restore|--from' 'department restore|--journal' 'department update|--input' 'department update|--from' 'department update|--journal' 'email-sender list|--input' 'feedback-form-definition info|--input' 'feedback-form-definition list|--input' 'feedback-form-definition list|--sync-state' 'file create-file-upload-handle|--input' 'file create-file-upload-handle|--from' 'file create-file-upload-handle|--journal' 'file info|--input' 'file download|--to' 'hiring-team add-member|--input' 'hiring-team add-member|--from' 'hiring-team add-member|--journal' 'hiring-team remove-member|--input' 'hiring-team remove-member|--from' 'hiring-team remove-member|--journal' 'hiring-team-role list|--input' 'interview info|--input' 'interview list|--input' 'interview list|--sync-state' 'interview-briefing info|--input' 'interview-event list|--input' 'interview-event list|--sync-state' 'interview-plan list|--input' 'interview-plan list|--sync-state' 'interview-schedule cancel|--input' 'interview-schedule cancel|--from' 'interview-schedule cancel|--journal' 'interview-schedule create|--input' 'interview-schedule create|--from' 'interview-schedule create|--journal' 'interview-schedule list|--input' 'interview-schedule list|--sync-state' 'interview-schedule update|--input' 'interview-schedule update|--from' 'interview-schedule update|--journal' 'interview-stage info|--input' 'interview-stage list|--input' 'interview-stage-group list|--input' 'interviewer-pool add-user|--input' 'interviewer-pool add-user|--from' 'interviewer-pool add-user|--journal' 'interviewer-pool archive|--input' 'interviewer-pool archive|--from' 'interviewer-pool archive|--journal' 'interviewer-pool create|--input' 'interviewer-pool create|--from' 'interviewer-pool create|--journal' 'interviewer-pool info|--input' 'interviewer-pool list|--input' 'interviewer-pool list|--sync-state' 'interviewer-pool remove-user|--input' 'interviewer-pool remove-user|--from' 'interviewer-pool remove-user|--journal' 'interviewer-pool restore|--input' 'interviewer-pool restore|--from' 'interviewer-pool restore|--journal' 'interviewer-pool update|--input' 'interviewer-pool update|--from' 'interviewer-pool update|--journal' 'job create|--input' 'job create|--from' 'job create|--journal' 'job info|--input' 'job list|--input' 'job list|--sync-state' 'job search|--input' 'job set-status|--input' 'job set-status|--from' 'job set-status|--journal' 'job update|--input' 'job update|--from' 'job update|--journal' 'job update-compensation|--input' 'job update-compensation|--from' 'job update-compensation|--journal' 'job update-compensation-settings|--input' 'job update-compensation-settings|--from' 'job update-compensation-settings|--journal' 'job-board list|--input' 'job-interview-plan info|--input' 'job-posting info|--input' 'job-posting list|--input' 'job-posting set-custom-field-value|--input' 'job-posting set-custom-field-value|--from' 'job-posting set-custom-field-value|--journal' 'job-posting set-custom-field-values|--input' 'job-posting set-custom-field-values|--from' 'job-posting set-custom-field-values|--journal' 'job-posting set-status|--input' 'job-posting set-status|--from' 'job-posting set-status|--journal' 'job-posting update|--input' 'job-posting update|--from' 'job-posting update|--journal' 'job-posting update-compensation|--input' 'job-posting update-compensation|--from' 'job-posting update-compensation|--journal' 'job-posting update-compensation-settings|--input' 'job-posting update-compensation-settings|--from' 'job-posting update-compensation-settings|--journal' 'job-template list|--input' 'job-template list|--sync-state' 'location archive|--input' 'location archive|--from' 'location archive|--journal' 'location create|--input' 'location create|--from' 'location create|--journal' 'location info|--input' 'location list|--input' 'location list|--sync-state' 'location move|--input' 'location move|--from' 'location move|--journal' 'location restore|--input' 'location restore|--from' 'location restore|--journal' 'location update-address|--input' 'location update-address|--from' 'location update-address|--journal' 'location update-external-name|--input' 'location update-external-name|--from' 'location update-external-name|--journal' 'location update-name|--input' 'location update-name|--from' 'location update-name|--journal' 'location update-workplace-type|--input' 'location update-workplace-type|--from' 'location update-workplace-type|--journal' 'notetaker-transcript info|--input' 'offer approve|--input' 'offer approve|--from' 'offer approve|--journal' 'offer create-raw|--input' 'offer create-raw|--from' 'offer create-raw|--journal' 'offer info|--input' 'offer list|--input' 'offer list|--sync-state' 'offer set-decided-at|--input' 'offer set-decided-at|--from' 'offer set-decided-at|--journal' 'offer set-status-raw|--input' 'offer set-status-raw|--from' 'offer set-status-raw|--journal' 'offer start|--input' 'offer start|--from' 'offer start|--journal' 'offer start-approval-process|--input' 'offer start-approval-process|--from' 'offer start-approval-process|--journal' 'offer update|--input' 'offer update|--from' 'offer update|--journal' 'offer create|--answers' 'offer-process start|--input' 'offer-process start|--from' 'offer-process start|--journal' 'opening add-job|--input' 'opening add-job|--from' 'opening add-job|--journal' 'opening add-location|--input' 'opening add-location|--from' 'opening add-location|--journal' 'opening create|--input' 'opening create|--from' 'opening create|--journal' 'opening info|--input' 'opening list|--input' 'opening list|--sync-state' 'opening remove-job|--input' 'opening remove-job|--from' 'opening remove-job|--journal' 'opening remove-location|--input' 'opening remove-location|--from' 'opening remove-location|--journal' 'opening search|--input' 'opening set-archived|--input' 'opening set-archived|--from' 'opening set-archived|--journal' 'opening set-opening-state|--input' 'opening set-opening-state|--from' 'opening set-opening-state|--journal' 'opening update|--input' 'opening update|--from' 'opening update|--journal' 'project archive|--input' 'project archive|--from' 'project archive|--journal' 'project create|--input' 'project create|--from' 'project create|--journal' 'project info|--input' 'project list|--input' 'project list|--sync-state' 'project restore|--input' 'project restore|--from' 'project restore|--journal' 'project search|--input' 'project set-custom-field-value|--input' 'project set-custom-field-value|--from' 'project set-custom-field-value|--journal' 'project set-custom-field-values|--input' 'project set-custom-field-values|--from' 'project set-custom-field-values|--journal' 'project update|--input' 'project update|--from' 'project update|--journal' 'referral create|--input' 'referral create|--from' 'referral create|--journal' 'referral-form info|--input' 'report generate|--input' 'report synchronous|--input' 'sequence add-raw|--input' 'sequence add-raw|--from' 'sequence add-raw|--journal' 'sequence cancel|--input' 'sequence cancel|--from' 'sequence cancel|--journal' 'sequence discard|--input' 'sequence discard|--from' 'sequence discard|--journal' 'sequence info|--input' 'sequence list|--input' 'sequence list|--sync-state' 'sequence start-raw|--input' 'sequence start-raw|--from' 'sequence start-raw|--journal' 'sequence update-stage|--input' 'sequence update-stage|--from' 'sequence update-stage|--journal' 'sequence-template info|--input' 'sequence-template list|--input' 'sequence-template list|--sync-state' 'source list|--input' 'source-tracking-link list|--input' 'source-tracking-link list|--sync-state' 'survey-form-definition info|--input' 'survey-form-definition list|--input' 'survey-form-definition list|--sync-state' 'survey-request create|--input' 'survey-request create|--from' 'survey-request create|--journal' 'survey-request list|--input' 'survey-request list|--sync-state' 'survey-submission create|--input' 'survey-submission create|--from' 'survey-submission create|--journal' 'survey-submission list|--input' 'survey-submission list|--sync-state' 'take-home-assignment info|--input' 'take-home-assignment list|--input' 'take-home-assignment list|--sync-state' 'user create-interviewer-pause|--input' 'user create-interviewer-pause|--from' 'user create-interviewer-pause|--journal' 'user delete-interviewer-pause|--input' 'user delete-interviewer-pause|--from' 'user delete-interviewer-pause|--journal' 'user info|--input' 'user interviewer-settings|--input' 'user list|--input' 'user list|--sync-state' 'user list-interviewer-pauses|--input' 'user search|--input' 'user set-custom-field-value|--input' 'user set-custom-field-value|--from' 'user set-custom-field-value|--journal' 'user set-custom-field-values|--input' 'user set-custom-field-values|--from' 'user set-custom-field-values|--journal' 'user update-interviewer-settings|--input' 'user update-interviewer-settings|--from' 'user update-interviewer-settings|--journal' 'version list|--input' 'webhook create-raw|--input' 'webhook create-raw|--from' 'webhook create-raw|--journal' 'webhook delete-raw|--input' 'webhook delete-raw|--from' 'webhook delete-raw|--journal' 'webhook info|--input' 'webhook update-raw|--input' 'webhook update-raw|--from' 'webhook update-raw|--journal'
            printf '%s\n' f
        case 'feedback submit|--application' 'offer create|--application'
            printf '%s\n' l application name
        case 'feedback submit|--job' 'pipeline|--job' 'funnel|--job' 'stale|--job' 'time-in-stage|--job' 'application list|--job' 'application archive|--job' 'application stage|--job' 'application hire|--job' 'application transfer|--job' 'application transfer|--from-job' 'application view|--job' 'application delete|--job' 'candidate add|--job' 'candidate push-hris|--job' 'interview schedule|--job' 'offer create|--job' 'offer cancel|--job' 'offer process show|--job'
            printf '%s\n' l job name
        case 'feedback submit|--interview' 'interview schedule|--interview'
            printf '%s\n' l interview name
        case 'feedback submit|--user' 'audit-log list|--actor' 'interview schedule|--interviewer'
            printf '%s\n' l user name
        case 'application add-hiring-team-member|--team-member-id' 'application create|--credited-to-user-id' 'application remove-hiring-team-member|--team-member-id' 'application update|--credited-to-user-id' 'application-feedback submit|--user-id' 'application-feedback-request create|--interviewer-user-id' 'candidate add-email-message|--user-id' 'candidate create|--credited-to-user-id' 'candidate update|--credited-to-user-id' 'hiring-team add-member|--team-member-id' 'hiring-team remove-member|--team-member-id' 'interviewer-pool add-user|--user-id' 'interviewer-pool remove-user|--user-id' 'offer approve|--user-id' 'referral create|--credited-to-user-id'
            printf '%s\n' l user id
        case 'application change-source|--source-id' 'application create|--source-id' 'application update|--source-id' 'candidate create|--source-id' 'candidate update|--source-id' 'source-tracking-link list|--source-id'
            printf '%s\n' l source id
        case 'application change-stage|--interview-stage-id' 'application create|--interview-stage-id' 'application transfer-raw|--interview-stage-id' 'interview-schedule list|--interview-stage-id'
            printf '%s\n' l stage id
        case 'application change-stage|--archive-reason-id'
            printf '%s\n' l archiveReason id
        case 'application create|--candidate-id' 'assessment add-completed-to-candidate|--candidate-id' 'sequence add-raw|--candidate-id' 'sequence list|--candidate-id' 'survey-request create|--candidate-id' 'survey-request list|--candidate-id' 'survey-submission create|--candidate-id' 'take-home-assignment list|--candidate-id'
            printf '%s\n' l candidate id
        case 'application create|--job-id' 'application list|--job-id' 'application transfer-raw|--job-id' 'hiring-team add-member|--job-id' 'hiring-team remove-member|--job-id' 'opening add-job|--job-id' 'opening remove-job|--job-id'
            printf '%s\n' l job id
        case 'application info|--expand'
            printf '%s\n' c openings applicationFormSubmissions referrals
        case 'application list|--status'
            printf '%s\n' c Hired Archived Active Lead
        case 'application list|--expand'
            printf '%s\n' c openings
        case 'application list|--stage' 'application stage|--stage' 'application transfer|--stage'
            printf '%s\n' l stage name
        case 'application list|--source' 'candidate add|--source'
            printf '%s\n' l source name
        case 'application archive|--reason'
            printf '%s\n' l archiveReason name
        case 'application archive|--email-template'
            printf '%s\n' l emailTemplate name
        case 'application-feedback list|--application-id' 'application-feedback submit|--application-id' 'application-feedback-request create|--application-id' 'candidate push-to-hris-raw|--application-id' 'hiring-team add-member|--application-id' 'hiring-team remove-member|--application-id' 'interview-schedule create|--application-id' 'interview-schedule list|--application-id' 'offer list|--application-id' 'sequence add-raw|--application-id' 'survey-request create|--application-id' 'survey-request list|--application-id' 'survey-submission create|--application-id' 'take-home-assignment list|--application-id'
            printf '%s\n' l application id
        case 'application-feedback-request create|--interview-id'
            printf '%s\n' l interview id
        case 'approval list|--entity-type'
            printf '%s\n' c offer job opening
        case 'approval-definition update|--entity-type'
            printf '%s\n' c offer
        case 'assessment add-completed-to-candidate|--assessment.result.type' 'assessment update|--assessment-status.type' 'assessment update|--assessment-profile-url.type' 'assessment update|--assessment-result.type' 'assessment update|--cancelled-reason.type'
            printf '%s\n' c numeric_score numeric_duration_minutes url string boolean_success
        case 'candidate add-tag|--tag-id' 'candidate remove-tag|--tag-id'
            printf '%s\n' l tag id
        case 'candidate push-to-hris-raw|--external-system'
            printf '%s\n' c ADP BambooHR bob Charthop Dayforce Enboarder Gusto Lattice Namely OracleHCM Paychex Paylocity Personio Remote Rippling SAP SelfServe UKG Workday
        case 'candidate set-fraud-status|--fraud-status'
            printf '%s\n' c Fraudulent NotFraudulent Unsure
        case 'candidate add|--tag'
            printf '%s\n' l tag name
        case 'custom-field create|--field-type'
            printf '%s\n' c Boolean CompensationRange Currency Date LongText MultiValueSelect Number NumberRange String ValueSelect Url UUID
        case 'custom-field create|--object-type'
            printf '%s\n' c Application Candidate Job Employee Talent_Project Opening_Version Offer_Version Opening Offer
        case 'custom-field set-value|--object-type' 'custom-field set-values|--object-type'
            printf '%s\n' c Application Candidate Job Opening
        case 'custom-field set-value|--field-id' 'job-posting set-custom-field-value|--field-id' 'project set-custom-field-value|--field-id' 'user set-custom-field-value|--field-id'
            printf '%s\n' l customField id
        case 'file create-file-upload-handle|--file-upload-context'
            printf '%s\n' c CandidateResume CandidateFiles ApplicationForm
        case 'interview-briefing info|--expand'
            printf '%s\n' c feedbackFormDefinition application candidate job interview interviewers
        case 'interview-event list|--expand' 'take-home-assignment info|--expand' 'take-home-assignment list|--expand'
            printf '%s\n' c interview
        case 'job create|--location-id' 'job update|--location-id' 'opening add-location|--location-id' 'opening remove-location|--location-id'
            printf '%s\n' l location id
        case 'job create|--employment-type' 'job update|--employment-type'
            printf '%s\n' c FullTime PartTime Intern Contract Temporary
        case 'job info|--expand' 'job list|--expand'
            printf '%s\n' c location openings
        case 'job list|--status' 'job set-status|--status'
            printf '%s\n' c Draft Open Closed Archived
        case 'job-posting info|--expand'
            printf '%s\n' c job
        case 'job-posting list|--expand'
            printf '%s\n' c customFields
        case 'job-posting set-status|--status'
            printf '%s\n' c Draft Published
        case 'job-posting update|--workplace-type' 'location create|--workplace-type' 'location update-workplace-type|--workplace-type'
            printf '%s\n' c OnSite Hybrid Remote
        case 'job-posting update|--description.type' 'sequence update-stage|--body.type'
            printf '%s\n' c text/html
        case 'job-template list|--expand'
            printf '%s\n' c location
        case 'location create|--type'
            printf '%s\n' c Location LocationHierarchy
        case 'offer list|--offer-status'
            printf '%s\n' c WaitingOnApprovalStart WaitingOnOfferApproval WaitingOnApprovalDefinition WaitingOnCandidateResponse CandidateRejected CandidateAccepted OfferCancelled
        case 'offer list|--acceptance-status'
            printf '%s\n' c Accepted Declined Pending Created Cancelled WaitingOnResponse
        case 'offer list|--approval-status'
            printf '%s\n' c Approved WaitingOnApprovals Declined
        case 'offer set-status-raw|--acceptance-status'
            printf '%s\n' c Accepted Declined Cancelled
        case 'opening create|--employment-type' 'opening update|--employment-type'
            printf '%s\n' c FullTime PartTime Intern Contract Temporary ''
        case 'opening create|--opening-state' 'opening set-opening-state|--opening-state'
            printf '%s\n' c Draft Approved Open Closed
        case 'report generate|--result-style'
            printf '%s\n' c inline url
        case 'sequence cancel|--reason'
            printf '%s\n' c booked_meeting
        case 'survey-request list|--survey-type'
            printf '%s\n' c CandidateExperience
        case 'survey-submission list|--survey-type'
            printf '%s\n' c CandidateExperience Questionnaire HiringManagerExperience
        case 'webhook create-raw|--webhook-type'
            printf '%s\n' c applicationSubmit applicationUpdate candidateHire candidateStageChange candidateDelete candidateMerge interviewPlanTransition interviewScheduleCreate interviewScheduleUpdate jobPostingUpdate jobPostingPublish jobPostingUnpublish offerCreate offerUpdate offerDelete pushToHRIS surveySubmit jobCreate jobUpdate jobPostingDelete openingCreate signatureRequestUpdate takeHomeAssignmentAssigned takeHomeAssignmentCancelled takeHomeAssignmentCompleted takeHomeAssignmentSubmitted
        case '*|--profile'
            printf '%s\n' l profile name
        case '*|--base-url' '*|--jq' '*|--max-retries' '*|--timeout'
            printf '%s\n' v
        case '*|--output' '*|-o'
            printf '%s\n' c table json ndjson csv yaml
        case '*|--fields'
            printf '%s\n' F
        case '*|--color'
            printf '%s\n' c auto always never
        case '*|--on-behalf-of'
            printf '%s\n' l user name
    end
end

# "<path>|<index>" -> how that positional argument completes.
function __ashby_arg
    switch $argv[1]
        case 'auth switch|0' 'api|0' 'sync|0' 'sql|0' 'search|0' 'candidate search|0' 'candidate upload-resume|1' 'candidate upload-file|1' 'feedback-form-definition info|0' 'file info|0' 'file download|0' 'interview-briefing info|0' 'interview-event list|0' 'interview-schedule cancel|0' 'interview-schedule update|0' 'interview-stage list|0' 'interviewer-pool add-user|0' 'interviewer-pool archive|0' 'interviewer-pool info|0' 'interviewer-pool remove-user|0' 'interviewer-pool restore|0' 'interviewer-pool update|0' 'job-posting info|0' 'job-posting set-custom-field-value|0' 'job-posting set-custom-field-values|0' 'job-posting set-status|0' 'job-posting update|0' 'job-posting update-compensation|0' 'job-posting update-compensation-settings|0' 'notetaker-transcript info|0' 'offer approve|0' 'offer info|0' 'offer set-decided-at|0' 'offer set-status-raw|0' 'offer start|0' 'offer start-approval-process|0' 'offer update|0' 'offer set-status|0' 'opening add-job|0' 'opening add-location|0' 'opening info|0' 'opening remove-job|0' 'opening remove-location|0' 'opening set-archived|0' 'opening set-opening-state|0' 'opening update|0' 'project archive|0' 'project info|0' 'project restore|0' 'project set-custom-field-value|0' 'project set-custom-field-values|0' 'project update|0' 'report generate|0' 'report synchronous|0' 'report run|0' 'sequence cancel|0' 'sequence discard|0' 'sequence info|0' 'sequence start-raw|0' 'sequence update-stage|0' 'sequence add|0' 'sequence start|0' 'sequence-template info|0' 'survey-form-definition info|0' 'take-home-assignment info|0' 'user delete-interviewer-pause|0' 'webhook delete-raw|0' 'webhook info|0' 'webhook update-raw|0' 'webhook show|0' 'webhook update|0' 'webhook delete|0' 'webhook verify|0' 'webhook trigger|0'
            printf '%s\n' v
        case 'feedback submit|0' 'application archive|0' 'application stage|0' 'application hire|0' 'application transfer|0' 'application view|0' 'application delete|0' 'candidate push-hris|0' 'interview schedule|0' 'offer create|0' 'offer cancel|0' 'offer process show|0'
            printf '%s\n' l application name
        case 'completion|0'
            printf '%s\n' c bash zsh fish
        case 'application add-hiring-team-member|0' 'application change-source|0' 'application change-stage|0' 'application delete-raw|0' 'application info|0' 'application list-criteria-evaluations|0' 'application list-history|0' 'application remove-hiring-team-member|0' 'application transfer-raw|0' 'application update|0' 'application update-history|0' 'offer-process start|0'
            printf '%s\n' l application id
        case 'candidate add-email-message|0' 'candidate add-project|0' 'candidate add-tag|0' 'candidate anonymize|0' 'candidate create-note|0' 'candidate info|0' 'candidate list-client-info|0' 'candidate list-fraud-checks|0' 'candidate list-notes|0' 'candidate list-projects|0' 'candidate remove-project|0' 'candidate remove-tag|0' 'candidate set-fraud-status|0' 'candidate update|0' 'candidate upload-file-raw|0' 'candidate upload-resume-raw|0'
            printf '%s\n' l candidate id
        case 'candidate view|0' 'candidate upload-resume|0' 'candidate upload-file|0'
            printf '%s\n' l candidate name
        case 'candidate-tag archive|0'
            printf '%s\n' l tag id
        case 'custom-field info|0' 'custom-field update-selectable-values|0'
            printf '%s\n' l customField id
        case 'department archive|0' 'department info|0' 'department move|0' 'department restore|0' 'department update|0'
            printf '%s\n' l department id
        case 'interview info|0'
            printf '%s\n' l interview id
        case 'interview-stage info|0'
            printf '%s\n' l stage id
        case 'job info|0' 'job set-status|0' 'job update|0' 'job update-compensation|0' 'job update-compensation-settings|0' 'job-interview-plan info|0'
            printf '%s\n' l job id
        case 'job pipeline|0' 'job view|0'
            printf '%s\n' l job name
        case 'location archive|0' 'location info|0' 'location move|0' 'location restore|0' 'location update-address|0' 'location update-external-name|0' 'location update-name|0' 'location update-workplace-type|0'
            printf '%s\n' l location id
        case 'user create-interviewer-pause|0' 'user info|0' 'user interviewer-settings|0' 'user list-interviewer-pauses|0' 'user set-custom-field-value|0' 'user set-custom-field-values|0' 'user update-interviewer-settings|0'
            printf '%s\n' l user id
        case 'sync|*' 'search|*'
            printf '%s\n' v
        case 'application archive|*'
            printf '%s\n' l application name
    end
end

# The endpoint whose record fields --fields offers.
function __ashby_ep
    switch $argv[1]
        case 'auth login'
            echo apiKey.info
        case 'auth status'
            echo apiKey.info
        case 'feedback submit'
            echo feedbackFormDefinition.list
        case doctor
            echo apiKey.info
        case 'api-key info'
            echo apiKey.info
        case 'application add-hiring-team-member'
            echo application.addHiringTeamMember
        case 'application change-source'
            echo application.changeSource
        case 'application change-stage'
            echo application.changeStage
        case 'application create'
            echo application.create
        case 'application delete-raw'
            echo application.delete
        case 'application info'
            echo application.info
        case 'application list'
            echo application.list
        case 'application list-criteria-evaluations'
            echo application.listCriteriaEvaluations
        case 'application list-history'
            echo application.listHistory
        case 'application remove-hiring-team-member'
            echo application.removeHiringTeamMember
        case 'application transfer-raw'
            echo application.transfer
        case 'application update'
            echo application.update
        case 'application update-history'
            echo application.updateHistory
        case 'application archive'
            echo application.info
        case 'application stage'
            echo application.info
        case 'application hire'
            echo application.info
        case 'application transfer'
            echo application.info
        case 'application view'
            echo application.info
        case 'application delete'
            echo application.info
        case 'application-feedback list'
            echo applicationFeedback.list
        case 'application-feedback submit'
            echo applicationFeedback.submit
        case 'application-feedback-request create'
            echo applicationFeedbackRequest.create
        case 'application-form submit'
            echo applicationForm.submit
        case 'application-hiring-team-role list'
            echo applicationHiringTeamRole.list
        case 'approval list'
            echo approval.list
        case 'approval-definition update'
            echo approvalDefinition.update
        case 'archive-reason list'
            echo archiveReason.list
        case 'audit-log list-raw'
            echo auditLog.list
        case 'audit-log list'
            echo auditLog.list
        case 'assessment add-completed-to-candidate'
            echo assessment.addCompletedToCandidate
        case 'assessment update'
            echo assessment.update
        case 'brand list'
            echo brand.list
        case 'candidate add-email-message'
            echo candidate.addEmailMessage
        case 'candidate add-project'
            echo candidate.addProject
        case 'candidate add-tag'
            echo candidate.addTag
        case 'candidate anonymize'
            echo candidate.anonymize
        case 'candidate create'
            echo candidate.create
        case 'candidate create-note'
            echo candidate.createNote
        case 'candidate info'
            echo candidate.info
        case 'candidate list'
            echo candidate.list
        case 'candidate list-client-info'
            echo candidate.listClientInfo
        case 'candidate list-fraud-checks'
            echo candidate.listFraudChecks
        case 'candidate list-notes'
            echo candidate.listNotes
        case 'candidate list-projects'
            echo candidate.listProjects
        case 'candidate push-to-hris-raw'
            echo candidate.pushToHris
        case 'candidate remove-project'
            echo candidate.removeProject
        case 'candidate remove-tag'
            echo candidate.removeTag
        case 'candidate search'
            echo candidate.search
        case 'candidate set-fraud-status'
            echo candidate.setFraudStatus
        case 'candidate update'
            echo candidate.update
        case 'candidate upload-file-raw'
            echo candidate.uploadFile
        case 'candidate upload-resume-raw'
            echo candidate.uploadResume
        case 'candidate add'
            echo candidate.create
        case 'candidate view'
            echo candidate.search
        case 'candidate upload-resume'
            echo file.createFileUploadHandle
        case 'candidate upload-file'
            echo file.createFileUploadHandle
        case 'candidate push-hris'
            echo application.info
        case 'candidate-tag archive'
            echo candidateTag.archive
        case 'candidate-tag create'
            echo candidateTag.create
        case 'candidate-tag list'
            echo candidateTag.list
        case 'close-reason list'
            echo closeReason.list
        case 'communication-template list'
            echo communicationTemplate.list
        case 'custom-field create'
            echo customField.create
        case 'custom-field info'
            echo customField.info
        case 'custom-field list'
            echo customField.list
        case 'custom-field set-value'
            echo customField.setValue
        case 'custom-field set-values'
            echo customField.setValues
        case 'custom-field update-selectable-values'
            echo customField.updateSelectableValues
        case 'department archive'
            echo department.archive
        case 'department create'
            echo department.create
        case 'department info'
            echo department.info
        case 'department list'
            echo department.list
        case 'department move'
            echo department.move
        case 'department restore'
            echo department.restore
        case 'department update'
            echo department.update
        case 'email-sender list'
            echo emailSender.list
        case 'feedback-form-definition info'
            echo feedbackFormDefinition.info
        case 'feedback-form-definition list'
            echo feedbackFormDefinition.list
        case 'file create-file-upload-handle'
            echo file.createFileUploadHandle
        case 'file info'
            echo file.info
        case 'file download'
            echo file.info
        case 'hiring-team add-member'
            echo hiringTeam.addMember
        case 'hiring-team remove-member'
            echo hiringTeam.removeMember
        case 'hiring-team-role list'
            echo hiringTeamRole.list
        case 'interview info'
            echo interview.info
        case 'interview list'
            echo interview.list
        case 'interview schedule'
            echo interview.list
        case 'interview-briefing info'
            echo interviewBriefing.info
        case 'interview-event list'
            echo interviewEvent.list
        case 'interview-plan list'
            echo interviewPlan.list
        case 'interview-schedule cancel'
            echo interviewSchedule.cancel
        case 'interview-schedule create'
            echo interviewSchedule.create
        case 'interview-schedule list'
            echo interviewSchedule.list
        case 'interview-schedule update'
            echo interviewSchedule.update
        case 'interview-stage info'
            echo interviewStage.info
        case 'interview-stage list'
            echo interviewStage.list
        case 'interview-stage-group list'
            echo interviewStageGroup.list
        case 'interviewer-pool add-user'
            echo interviewerPool.addUser
        case 'interviewer-pool archive'
            echo interviewerPool.archive
        case 'interviewer-pool create'
            echo interviewerPool.create
        case 'interviewer-pool info'
            echo interviewerPool.info
        case 'interviewer-pool list'
            echo interviewerPool.list
        case 'interviewer-pool remove-user'
            echo interviewerPool.removeUser
        case 'interviewer-pool restore'
            echo interviewerPool.restore
        case 'interviewer-pool update'
            echo interviewerPool.update
        case 'job create'
            echo job.create
        case 'job info'
            echo job.info
        case 'job list'
            echo job.list
        case 'job search'
            echo job.search
        case 'job set-status'
            echo job.setStatus
        case 'job update'
            echo job.update
        case 'job update-compensation'
            echo job.updateCompensation
        case 'job update-compensation-settings'
            echo job.updateCompensationSettings
        case 'job pipeline'
            echo job.list
        case 'job view'
            echo job.list
        case 'job-board list'
            echo jobBoard.list
        case 'job-interview-plan info'
            echo jobInterviewPlan.info
        case 'job-posting info'
            echo jobPosting.info
        case 'job-posting list'
            echo jobPosting.list
        case 'job-posting set-custom-field-value'
            echo jobPosting.setCustomFieldValue
        case 'job-posting set-custom-field-values'
            echo jobPosting.setCustomFieldValues
        case 'job-posting set-status'
            echo jobPosting.setStatus
        case 'job-posting update'
            echo jobPosting.update
        case 'job-posting update-compensation'
            echo jobPosting.updateCompensation
        case 'job-posting update-compensation-settings'
            echo jobPosting.updateCompensationSettings
        case 'job-template list'
            echo jobTemplate.list
        case 'location archive'
            echo location.archive
        case 'location create'
            echo location.create
        case 'location info'
            echo location.info
        case 'location list'
            echo location.list
        case 'location move'
            echo location.move
        case 'location restore'
            echo location.restore
        case 'location update-address'
            echo location.updateAddress
        case 'location update-external-name'
            echo location.updateExternalName
        case 'location update-name'
            echo location.updateName
        case 'location update-workplace-type'
            echo location.updateWorkplaceType
        case 'notetaker-transcript info'
            echo notetakerTranscript.info
        case 'offer approve'
            echo offer.approve
        case 'offer create-raw'
            echo offer.create
        case 'offer info'
            echo offer.info
        case 'offer list'
            echo offer.list
        case 'offer set-decided-at'
            echo offer.setDecidedAt
        case 'offer set-status-raw'
            echo offer.setStatus
        case 'offer start'
            echo offer.start
        case 'offer start-approval-process'
            echo offer.startApprovalProcess
        case 'offer update'
            echo offer.update
        case 'offer create'
            echo offerProcess.start
        case 'offer cancel'
            echo application.info
        case 'offer process show'
            echo application.info
        case 'offer set-status'
            echo offer.setStatus
        case 'offer-process start'
            echo offerProcess.start
        case 'opening add-job'
            echo opening.addJob
        case 'opening add-location'
            echo opening.addLocation
        case 'opening create'
            echo opening.create
        case 'opening info'
            echo opening.info
        case 'opening list'
            echo opening.list
        case 'opening remove-job'
            echo opening.removeJob
        case 'opening remove-location'
            echo opening.removeLocation
        case 'opening search'
            echo opening.search
        case 'opening set-archived'
            echo opening.setArchived
        case 'opening set-opening-state'
            echo opening.setOpeningState
        case 'opening update'
            echo opening.update
        case 'project archive'
            echo project.archive
        case 'project create'
            echo project.create
        case 'project info'
            echo project.info
        case 'project list'
            echo project.list
        case 'project restore'
            echo project.restore
        case 'project search'
            echo project.search
        case 'project set-custom-field-value'
            echo project.setCustomFieldValue
        case 'project set-custom-field-values'
            echo project.setCustomFieldValues
        case 'project update'
            echo project.update
        case 'referral create'
            echo referral.create
        case 'referral-form info'
            echo referralForm.info
        case 'report generate'
            echo report.generate
        case 'report synchronous'
            echo report.synchronous
        case 'report run'
            echo report.synchronous
        case 'sequence add-raw'
            echo sequence.add
        case 'sequence cancel'
            echo sequence.cancel
        case 'sequence discard'
            echo sequence.discard
        case 'sequence info'
            echo sequence.info
        case 'sequence list'
            echo sequence.list
        case 'sequence start-raw'
            echo sequence.start
        case 'sequence update-stage'
            echo sequence.updateStage
        case 'sequence add'
            echo candidate.info
        case 'sequence start'
            echo candidate.info
        case 'sequence-template info'
            echo sequenceTemplate.info
        case 'sequence-template list'
            echo sequenceTemplate.list
        case 'source list'
            echo source.list
        case 'source-tracking-link list'
            echo sourceTrackingLink.list
        case 'survey-form-definition info'
            echo surveyFormDefinition.info
        case 'survey-form-definition list'
            echo surveyFormDefinition.list
        case 'survey-request create'
            echo surveyRequest.create
        case 'survey-request list'
            echo surveyRequest.list
        case 'survey-submission create'
            echo surveySubmission.create
        case 'survey-submission list'
            echo surveySubmission.list
        case 'take-home-assignment info'
            echo takeHomeAssignment.info
        case 'take-home-assignment list'
            echo takeHomeAssignment.list
        case 'user create-interviewer-pause'
            echo user.createInterviewerPause
        case 'user delete-interviewer-pause'
            echo user.deleteInterviewerPause
        case 'user info'
            echo user.info
        case 'user interviewer-settings'
            echo user.interviewerSettings
        case 'user list'
            echo user.list
        case 'user list-interviewer-pauses'
            echo user.listInterviewerPauses
        case 'user search'
            echo user.search
        case 'user set-custom-field-value'
            echo user.setCustomFieldValue
        case 'user set-custom-field-values'
            echo user.setCustomFieldValues
        case 'user update-interviewer-settings'
            echo user.updateInterviewerSettings
        case 'version list'
            echo version.list
        case 'webhook create-raw'
            echo webhook.create
        case 'webhook delete-raw'
            echo webhook.delete
        case 'webhook info'
            echo webhook.info
        case 'webhook update-raw'
            echo webhook.update
        case 'webhook create'
            echo webhook.create
        case 'webhook show'
            echo webhook.info
        case 'webhook update'
            echo webhook.update
        case 'webhook delete'
            echo webhook.delete
    end
end

# What a flag says about live values elsewhere on the line (--job, --profile, --sandbox): NAME=VALUE.
function __ashby_note -a node flag value
    switch $flag
        case --sandbox
            echo sandbox=1
        case --base-url
            echo "base-url=$value"
        case '*'
            set -l s (__ashby_spec "$node|$flag")
            test "$s[1]" = l; and echo "$s[2]=$value"
    end
end

function __ashby_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct | string unescape)
    set -l node ''
    set -l n 0
    set -l want ''
    set -l dd ''
    set -l ctx
    for w in $tokens[2..-1]
        if test -n "$want"
            set -a ctx (__ashby_note "$node" $want "$w")
            set want ''
            continue
        end
        if test -z "$dd"; and string match -q -- '-?*' $w
            switch $w
                case --
                    set dd 1
                case '--*=*'
                    set -l kv (string split -m1 = -- $w)
                    set -a ctx (__ashby_note "$node" $kv[1] "$kv[2]")
                case '*'
                    if test (count (__ashby_spec "$node|$w")) -gt 0
                        set want $w
                    else
                        set -a ctx (__ashby_note "$node" $w 1)
                    end
            end
            continue
        end
        if test $n -eq 0 -a -z "$dd"
            set -l sub (__ashby_sub "$node/$w")
            if test -n "$sub"
                set node $sub
                continue
            end
        end
        set -l s (__ashby_arg "$node|$n")
        test "$s[1]" = l; and set -a ctx "$s[2]=$w"
        set n (math $n + 1)
    end

    set -l pre ''
    set -l spec
    if test -z "$want" -a -z "$dd"; and string match -q -- '--*=*' $cur
        set -l kv (string split -m1 = -- $cur)
        set want $kv[1]
        set pre "$kv[1]="
        set cur "$kv[2]"
    end
    if test -n "$want"
        set spec (__ashby_spec "$node|$want")
    else if test -z "$dd"; and string match -q -- '-*' $cur
        __ashby_flags "$node"
        __ashby_gflags
        return
    else
        set -l kids (__ashby_kids "$node")
        if test $n -eq 0 -a -z "$dd" -a (count $kids) -gt 0
            printf '%s\n' $kids
            return
        end
        set spec (__ashby_arg "$node|$n")
        if test (count $spec) -eq 0 -a -z "$dd"
            __ashby_flags "$node"
            __ashby_gflags
            return
        end
    end
    set -l out
    switch "$spec[1]"
        case c
            set out $spec[2..-1]
        case f
            set out (__fish_complete_path "$cur")
        case l
            set out ($tokens[1] __complete "live:$spec[2]:$spec[3]" "$cur" $ctx 2>/dev/null </dev/null)
            # An argument whose values are not known yet (a cold cache, a slow network): its flags.
            if test (count $out) -eq 0 -a -z "$want" -a -z "$dd" -a -z "$cur"
                __ashby_flags "$node"
                __ashby_gflags
                return
            end
        case F
            set -l ep (__ashby_ep "$node")
            test -n "$ep"; and set out ($tokens[1] __complete "fields:$ep" "$cur" $ctx 2>/dev/null </dev/null)
    end
    for o in $out
        printf '%s\n' "$pre$o"
    end
end

complete -c ashby -f -a '(__ashby_complete)'
