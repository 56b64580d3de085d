//! A page's calls to its reader that are not the story: "Follow our reporter on Twitter: @name",
//! "Like our page on Facebook and stay updated", "Chat with us in Messenger", and the
//! "Name, outlet.com" signature of a wire or web byline.

use super::words;

/// Social networks and messengers a page points its reader to.
const NETWORKS: &[&str] =
    &["twitter", "facebook", "instagram", "messenger", "youtube", "tiktok", "snapchat", "linkedin"];

/// Opening words of a call to follow, like or write to the page.
const CALLS: &[&str] =
    &["follow ", "like ", "chat with us", "join us", "check us out", "connect with us", "find us on"];

/// Furniture judged from the line alone: a call to follow the page on a social network, or a
/// signature "Name, outlet.com".
pub(super) fn promo_furniture(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    let w = words(line);
    if w <= 25 && CALLS.iter().any(|c| lower.starts_with(c)) && addresses_network(line) {
        return Some("social link");
    }
    let signs_up =
        ["subscribe to ", "sign up for ", "sign up to ", "get access to "].iter().any(|c| lower.starts_with(c))
            && ["newsletter", "emails", "alerts", "channel", "updates", "subscri", "service"]
                .iter()
                .any(|x| lower.contains(x));
    if (w <= 40 && signs_up) || calls_to_subscribe(line, &lower, w) {
        return Some("sign-up prompt");
    }
    let links = line.contains("http") || line.contains("www.");
    if w <= 25 && links && CALLS.iter().any(|c| lower.starts_with(c)) {
        return Some("social link");
    }
    if is_web_signature(line) {
        return Some("byline");
    }
    None
}

/// A short line asking the reader to subscribe, wherever the call stands: "Keep up with the harbour
/// news by subscribing now", "Subscribe today for full access", or a "Subscribe" button's label
/// glued to the end of a newsletter's pitch ("… if you don't Subscribe."). A line that reports
/// people subscribing ("Readers can back the paper by subscribing, its editor said") is no call.
fn calls_to_subscribe(line: &str, lower: &str, w: usize) -> bool {
    let calls = ["subscribe now", "subscribe today", "subscribing now", "subscribing today"];
    let button = line.trim_end().trim_end_matches(['.', '!']).ends_with(" Subscribe");
    w <= 40 && (calls.iter().any(|c| lower.contains(c)) || button)
}

/// The call names who to follow and where: "Follow Planet reporter Ann Lee on Twitter", "Chat with
/// us in Messenger": between the call and "on"/"in" a network come only names and words like "us"
/// or "reporter", not a clause ("Like many others, he posted it on Facebook").
fn addresses_network(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let is_network = |t: &str| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        NETWORKS.contains(&t.as_str())
    };
    let Some(at) = (1..tokens.len()).find(|&i| matches!(tokens[i - 1], "on" | "in" | "at") && is_network(tokens[i]))
    else {
        return false;
    };
    let who = ["us", "our", "me", "reporter", "writer", "correspondent", "page", "the", "with", "out", "him", "her"];
    let between = &tokens[1..at - 1];
    between.len() <= 7
        && between
            .iter()
            .all(|t| t.chars().next().is_some_and(char::is_uppercase) || who.contains(&t.to_lowercase().as_str()))
}

/// "Jane Roe, Example.com": a short name and a web outlet's domain after a comma.
fn is_web_signature(line: &str) -> bool {
    let Some((name, site)) = line.rsplit_once(", ") else { return false };
    let site = site.trim();
    let domain = site.contains('.')
        && !site.contains(' ')
        && site
            .rsplit('.')
            .next()
            .is_some_and(|tld| (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()));
    let capitalised = name.split_whitespace().all(|x| x.chars().next().is_some_and(char::is_uppercase));
    domain && capitalised && (1..=4).contains(&words(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_to_follow_and_signatures() {
        assert_eq!(promo_furniture("Follow Planet reporter Ann Lee on Twitter: @annlee."), Some("social link"));
        assert_eq!(
            promo_furniture("Like Planet Sport on Facebook and stay updated on the league"),
            Some("social link")
        );
        assert_eq!(promo_furniture("Chat with us in Facebook Messenger. See what happens next."), Some("social link"));
        assert_eq!(promo_furniture("Ann Lee, PlanetNews.ca"), Some("byline"));
        assert_eq!(
            promo_furniture("Subscribe to the Planet channel for all the latest videos!"),
            Some("sign-up prompt")
        );
        assert_eq!(
            promo_furniture("Follow Planet's full coverage of the harbour at https://planet.example/harbour"),
            Some("social link")
        );
        for call in [
            "Keep up with the harbour news and more by subscribing now",
            "The Tide Table is our weekly newsletter on the port. Who knows what you'll miss if you don't Subscribe.",
        ] {
            assert_eq!(promo_furniture(call), Some("sign-up prompt"), "{call}");
        }
    }

    #[test]
    fn sentences_about_networks_stay() {
        for line in [
            "Like many others, the skipper posted the video on Facebook before the storm hit the pier.",
            "Follow-up checks found the ferry safe, the board said on Twitter on Monday.",
            "Police said the man, who lives in Westport, had posted threats on Twitter for months, according to court papers filed on Monday in the county court.",
            "The boat was sold to Harbour Ltd, a firm based in Westport.",
            "Prices rose 2.5 percent, to 3.10",
            "Subscribers to the ferry pass will pay less, the board said.",
            "Readers can back the paper by subscribing, its editor said on Monday.",
            "Two million people subscribe to the harbour newsletter, the company said.",
            "Sign up for the ferry pass using the same email as your harbour account",
            "Following the storm, the board posted a notice at https://harbour.example on Monday and asked all ferry users to check it before travelling.",
        ] {
            assert_eq!(promo_furniture(line), None, "{line}");
        }
    }
}
