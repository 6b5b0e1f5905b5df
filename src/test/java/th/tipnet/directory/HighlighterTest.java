package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {

	@Test
	void marksAThaiWordInsideACompoundName() {
		assertThat(new Highlighter("ประมง").html("สมาคมการประมงแห่งประเทศไทย")).isEqualTo("สมาคมการ<mark>ประมง</mark>แห่งประเทศไทย");
	}

	@Test
	void marksEnglishWordsWhateverTheirCase() {
		assertThat(new Highlighter("mirror FOUNDATION").html("Mirror Foundation")).isEqualTo("<mark>Mirror</mark> <mark>Foundation</mark>");
	}

	@Test
	void escapesTheTextSoOnlyTheMarksAreHtml() {
		assertThat(new Highlighter("script").html("<script>alert(1)</script>"))
			.isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
	}

	@Test
	void leavesTextAloneWithoutAQuery() {
		assertThat(new Highlighter(null).html("A & B")).isEqualTo("A &amp; B");
	}

	@Test
	void marksTheRightLettersAfterOnesWhoseLowerCaseIsLonger() {
		// "İ".toLowerCase() is two chars: marks placed by that string's positions drifted, and past the end.
		assertThat(new Highlighter("foundation").html("İİİ Foundation")).isEqualTo("İİİ <mark>Foundation</mark>");
		assertThat(new Highlighter("straße").html("STRASSE Straße")).isEqualTo("STRASSE <mark>Straße</mark>");
		assertThat(new Highlighter("i").html("İ")).isEqualTo("<mark>İ</mark>");
	}
}
